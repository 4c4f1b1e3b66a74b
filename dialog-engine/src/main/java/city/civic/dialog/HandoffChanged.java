package city.civic.dialog;

/**
 * A hand-off was asked for (the citizen asked, or the bot failed twice), picked up, handed back or closed: the
 * counsellors' live list ({@code admin/handoffs}) refreshes.
 */
public record HandoffChanged(String conversationId, Channel channel, HandoffStatus status) {
}
