package city.civic.knowledge;

/** Curation workflow: only published answers are searchable. */
public enum AnswerStatus { DRAFT, REVIEW, PUBLISHED, ARCHIVED }
