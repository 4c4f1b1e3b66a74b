package city.civic.dialog;

/** The conversation should continue with a human: the citizen asked, or the bot failed twice. */
public record HandoffRequested(String conversationId, Channel channel, String reason) {
}
