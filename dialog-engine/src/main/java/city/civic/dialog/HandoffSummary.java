package city.civic.dialog;

import java.util.List;

/**
 * What a counsellor needs to know before answering, with personal data masked: what the citizen wants in
 * their own (masked) words, the topic the bot recognised, the place and ticket, and what the bot already did.
 *
 * @param citizenWants the citizen's last messages about their matter, masked, or null if they only asked for a person
 * @param topic the last intent the bot recognised besides asking for a person (e.g. {@code road.damage.report})
 * @param place the place the conversation is about, masked, or null
 * @param ticket the last ticket number the conversation filed or asked about, or null
 * @param botTried what the bot did, oldest first
 */
public record HandoffSummary(String citizenWants, String topic, String place, String ticket, List<Step> botTried) {

    public HandoffSummary {
        botTried = botTried == null ? List.of() : List.copyOf(botTried);
    }

    /**
     * @param action {@code answered} (detail: the answer's title), {@code did_not_know}, {@code not_understood},
     *     {@code report_started} (detail: the report's intent), {@code ticket_filed}, {@code ticket_status}
     *     (detail: the ticket number), {@code traffic}, {@code emergency}
     */
    public record Step(String action, String detail) {
    }
}
