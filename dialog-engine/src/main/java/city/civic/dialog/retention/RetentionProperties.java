package city.civic.dialog.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long citizens' personal data is kept ({@code civic.retention}).
 *
 * @param conversations transcripts (chat and phone) and the text of unanswered questions are deleted this
 *     long after the conversation's last message or the question
 * @param ticketContact a ticket's contact details (and any personal data in its free text) are cleared this
 *     long after it was resolved or closed; the ticket, its status, category and place stay
 * @param interval how often the deletion runs
 */
@ConfigurationProperties("civic.retention")
public record RetentionProperties(
        @DefaultValue("90d") Duration conversations,
        @DefaultValue("30d") Duration ticketContact,
        @DefaultValue("1h") Duration interval) {

    public RetentionProperties {
        for (var entry : java.util.Map.of("conversations", conversations, "ticket-contact", ticketContact,
                "interval", interval).entrySet()) {
            if (entry.getValue().isNegative() || entry.getValue().isZero()) {
                throw new IllegalArgumentException("civic.retention." + entry.getKey() + " must be positive");
            }
        }
    }
}
