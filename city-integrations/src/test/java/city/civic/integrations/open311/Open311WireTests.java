package city.civic.integrations.open311;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.CenterGateway.CenterTicket;
import city.civic.integrations.center.Open311CenterGateway;
import city.civic.integrations.center.simulator.SimulatedCenter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The wire names GeoReport v2 defines, and the center's client and simulator speaking them to each other. */
class Open311WireTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRequestCarriesEverySpecFieldByItsWireNameNullWhenUnknown() {
        JsonNode written = json.valueToTree(new ServiceRequest("GJ-1", ServiceRequest.OPEN, null, "Streetlight out",
                "streetlight", null, "Roads", null, "2026-03-01T08:30+09:00", null, null, "Opo-ro", "road-7",
                null, 37.4, 127.1, null, "received", null));

        assertThat(written.propertyNames()).containsExactly("service_request_id", "status", "status_notes",
                "service_name", "service_code", "description", "agency_responsible", "service_notice",
                "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
                "lat", "long", "media_url", "extended_status", "duplicate_of");
        assertThat(written.get("long").asDouble()).isEqualTo(127.1);
        assertThat(written.get("status_notes").isNull()).isTrue();
    }

    @Test
    void aReceiptHoldsTheNumberOrTheTokenNeverAnEmptyOne() {
        assertThat(json.writeValueAsString(new ServiceRequestReceipt("GJ-1", null, "Within a day", null)))
                .isEqualTo("{\"service_request_id\":\"GJ-1\",\"service_notice\":\"Within a day\",\"account_id\":null}");
        assertThat(json.writeValueAsString(new ServiceRequestReceipt(null, "tok-1", "Within a day", null)))
                .isEqualTo("{\"token\":\"tok-1\",\"service_notice\":\"Within a day\",\"account_id\":null}");
        assertThat(json.writeValueAsString(List.of(new Open311Error(404, "No such request"))))
                .isEqualTo("[{\"code\":404,\"description\":\"No such request\"}]");
    }

    @Test
    void theClientFilesFindsAndFollowsARequestAtTheSimulatedCenter() {
        Clock clock = Clock.systemUTC();
        try (SimulatedCenter center = new SimulatedCenter(0, clock)) {
            var gateway = new Open311CenterGateway(center.baseUrl(), "key", Duration.ofSeconds(5),
                    ZoneId.of("Asia/Seoul"), CircuitBreaker.ofDefaults("center"), clock);
            CenterTicket ticket = new CenterTicket("T-20260301-0001", "streetlight", "The light is dark",
                    "Opo-ro 12", 37.4, 127.1, clock.instant());

            var submission = gateway.submit(ticket);
            center.update(submission.centerRequestId(), false, "Lamp replaced");

            assertThat(submission.centerRequestId()).startsWith("GJ-");
            assertThat(gateway.findExisting(ticket)).contains(submission.centerRequestId());
            assertThat(gateway.status(submission.centerRequestId())).hasValueSatisfying(status -> {
                assertThat(status.open()).isFalse();
                assertThat(status.statusNotes()).isEqualTo("Lamp replaced");
            });
            assertThat(gateway.status("GJ-0")).isEmpty();

            center.batchService("pothole");
            center.tokenPollsBeforeResolved(1);
            var batch = gateway.submit(new CenterTicket("T-20260301-0002", "pothole", "A hole", "Opo-ro 3", null,
                    null, clock.instant()));
            assertThat(batch.centerRequestId()).isNull();
            assertThat(gateway.resolveToken(batch.token())).isEmpty();
            assertThat(gateway.resolveToken(batch.token())).hasValueSatisfying(id -> assertThat(id).startsWith("GJ-"));
        }
    }
}
