package city.civic.dialog;

/** A hand-off was asked for, picked up, handed back or closed: counsellors' lists are out of date. */
public record HandoffChanged(String conversationId, Channel channel, HandoffStatus status) {
}
