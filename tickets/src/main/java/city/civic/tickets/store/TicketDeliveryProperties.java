package city.civic.tickets.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tickets travel to the Smart City Center. The keys stay under {@code civic.dialog.delivery}, where they
 * were before tickets had a module of their own, so existing configurations keep working.
 *
 * @param interval how often the outbox is worked through
 * @param statusInterval how often open tickets' status is asked of the center
 * @param lease how long a claimed delivery is hidden from other instances (and a crashed attempt waits)
 * @param firstBackoff wait after the first failure; doubles with each further failure
 * @param maxBackoff the longest wait between attempts
 * @param maxTokenPolls polls of a batch service's token before the center is searched for the ticket instead (and,
 *     if it has none, the delivery is held for staff)
 * @param maxSearchRefusals searches the center may refuse (4xx) before the delivery is held for staff
 */
@ConfigurationProperties("civic.dialog.delivery")
public record TicketDeliveryProperties(
        @DefaultValue("2s") Duration interval,
        @DefaultValue("30s") Duration statusInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("5s") Duration firstBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("20") int maxTokenPolls,
        @DefaultValue("5") int maxSearchRefusals) {
}
