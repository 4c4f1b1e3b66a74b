package city.civic.knowledge;

/** How a version of an answer came about. */
public enum AnswerChange {
    /** Seeded from a city pack, or carried over from before versions were kept. */
    IMPORTED,
    /** The first version of a new answer (or of a new language of one). */
    CREATED,
    /** New content: a new draft. */
    EDITED,
    /** The same content in another workflow status. */
    STATUS
}
