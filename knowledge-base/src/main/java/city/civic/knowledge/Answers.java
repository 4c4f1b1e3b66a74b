package city.civic.knowledge;

import java.util.List;
import java.util.Optional;

/** Officials' curation of answers: draft, review, publish. Publishing re-indexes at once. */
public interface Answers {

    List<Answer> all();

    Optional<Answer> find(String id, String lang);

    /** Saves content as a draft (a new answer, or a pending edit that replaces the live one on publish). */
    Answer saveDraft(Answer answer);

    Answer submitForReview(String id, String lang);

    Answer publish(String id, String lang);

    Answer archive(String id, String lang);

    /** Stores an answer as published without the workflow: seeding a city pack into an empty database. */
    void importPublished(Answer answer);
}
