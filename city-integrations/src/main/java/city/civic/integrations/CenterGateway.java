package city.civic.integrations;

import java.time.Instant;
import java.util.Optional;

/**
 * The Smart City Center's ticket system. Delivery is at-least-once from the platform's outbox; this
 * port makes it exactly-once: after an attempt whose outcome is unknown, the caller asks
 * {@link #findExisting} before submitting again.
 */
public interface CenterGateway {

    /**
     * @throws CenterUnavailableException when the outcome is unknown or the center is down (retry later)
     * @throws CenterRejectedException when the center refused the ticket (do not retry)
     */
    Submission submit(CenterTicket ticket);

    /** The center's request id for a ticket an earlier, unanswered attempt may have filed. */
    Optional<String> findExisting(CenterTicket ticket);

    /** The request id a batch service's token turned into; empty while the center is still processing. */
    Optional<String> resolveToken(String token);

    /** The center's view of a request it holds. */
    Optional<CenterRequestStatus> status(String centerRequestId);

    record CenterTicket(String platformTicketId, String serviceCode, String description, String location,
            Double lat, Double lon, Instant requestedAt) {
    }

    /** Exactly one of {@code centerRequestId} (realtime services) and {@code token} (batch services). */
    record Submission(String centerRequestId, String token, String notice) {
    }

    record CenterRequestStatus(String centerRequestId, boolean open, String statusNotes, Instant updatedAt) {
    }
}
