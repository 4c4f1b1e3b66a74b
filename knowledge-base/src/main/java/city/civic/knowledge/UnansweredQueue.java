package city.civic.knowledge;

import java.util.List;
import java.util.Optional;

/** Officials' queue of unanswered questions, grouped by similarity; a group leaves it once resolved. */
public interface UnansweredQueue {

    /** Open groups, the most asked first, then the most recently asked; {@code lang} null for every language. */
    List<UnansweredGroup> open(String lang, int limit);

    Optional<UnansweredGroup> find(long groupId);

    /** A group's questions, the newest first. */
    List<UnansweredQuestion> questions(long groupId, int limit);

    /**
     * Resolves an open group.
     *
     * @throws java.util.NoSuchElementException when there is no such group
     * @throws IllegalStateException when it was resolved already
     */
    UnansweredGroup resolve(long groupId, UnansweredGroup.Resolution resolution);

    /** Resolved groups, the most recently resolved first. */
    List<UnansweredGroup> resolved(int limit);
}
