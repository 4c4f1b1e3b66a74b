package city.civic.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Officials' versioned curation of answers. Every save and every status change is a kept version; an edit
 * names the version it was based on, and one based on an outdated version is refused
 * ({@link StaleAnswerVersionException}) instead of overwriting someone else's work. Publishing and archiving
 * change what citizens get at once ({@link AnswerPublished}).
 */
public interface AnswerCuration {

    /** {@code basedOn} for an answer (or a language of one) that does not exist yet. */
    int NEW = 0;
    /** {@code basedOn} for callers that change whatever is newest (seeding, scripts of the platform itself). */
    int ANY_VERSION = -1;

    /** Every answer in every language, newest versions, ordered by id and language. */
    List<CuratedAnswer> curated();

    /** The languages of one answer (empty when the id is unknown). */
    List<CuratedAnswer> curated(String id);

    Optional<CuratedAnswer> curated(String id, String lang);

    /** Every version of an answer in one language, newest first. */
    List<AnswerVersion> history(String id, String lang);

    Optional<AnswerVersion> version(String id, String lang, int version);

    /**
     * Saves new content as a draft (a new version; content equal to the newest version's changes nothing).
     * The content's status is ignored. Plain text only: HTML in it is removed ({@link PlainText}).
     */
    AnswerVersion save(Answer content, int basedOn, String author);

    /** Moves an answer in one language to another workflow status, as a new version. */
    AnswerVersion move(String id, String lang, AnswerStatus to, int basedOn, String author);
}
