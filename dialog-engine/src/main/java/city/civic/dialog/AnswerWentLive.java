package city.civic.dialog;

/** A curated answer was published: from now on the bot gives this text. */
public record AnswerWentLive(String answerId, Language language, String text) {
}
