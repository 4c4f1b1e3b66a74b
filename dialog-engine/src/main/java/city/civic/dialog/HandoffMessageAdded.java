package city.civic.dialog;

/**
 * A message was added to a conversation with an open hand-off: the citizen's (for the counsellor's screen),
 * the counsellor's (role {@code agent}) or the bot's notice of a counsellor joining or leaving (for the citizen).
 * The entry is unmasked: whoever shows it to staff masks it.
 */
public record HandoffMessageAdded(String conversationId, Channel channel, Transcript.Entry entry) {
}
