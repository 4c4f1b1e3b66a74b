package city.civic.knowledge;

/** An answer went live (or was withdrawn): the index must reflect it. */
public record AnswerPublished(String answerId, String lang) {
}
