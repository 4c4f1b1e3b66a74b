package city.civic.knowledge;

/** What a version of an answer can change. */
public enum AnswerField { QUESTION, VARIANTS, TEXT, CATEGORY, DEPARTMENT, STATUS }
