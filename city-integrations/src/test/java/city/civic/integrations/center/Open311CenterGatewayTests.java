package city.civic.integrations.center;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.CenterGateway.CenterTicket;
import city.civic.integrations.center.simulator.SimulatedCenter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The search before a resubmission against a center with real habits: it cuts descriptions at 1,000 characters
 * and answers searches a page at a time. The platform's number must still be found, or a ticket is filed twice.
 */
class Open311CenterGatewayTests {

    final Clock clock = Clock.systemUTC();
    final SimulatedCenter center = new SimulatedCenter(0, clock);
    final Open311CenterGateway gateway = new Open311CenterGateway(center.baseUrl(), "key", Duration.ofSeconds(5),
            ZoneId.of("Asia/Seoul"), CircuitBreaker.ofDefaults("center"), clock);

    @AfterEach
    void close() {
        center.close();
    }

    @Test
    void aLongDescriptionCutAtOneThousandCharactersStillCarriesTheNumber() {
        center.truncateDescriptions(1000);
        CenterTicket ticket = ticket("SC-2026-000101", "The asphalt has broken up along the bus lane. ".repeat(40));

        String id = gateway.submit(ticket).centerRequestId();

        assertThat(center.requests()).singleElement()
                .satisfies(request -> assertThat(request.description()).hasSize(1000).contains("[SC-2026-000101]"));
        assertThat(gateway.findExisting(ticket)).contains(id);
    }

    @Test
    void aShortDescriptionStillStartsWithTheCitizensWords() {
        gateway.submit(ticket("SC-2026-000102", "Deep pothole in the right lane"));

        assertThat(center.requests()).singleElement().satisfies(request ->
                assertThat(request.description()).isEqualTo("Deep pothole in the right lane [SC-2026-000102]"));
    }

    @Test
    void theSearchReadsEveryPageOfACenterThatPagesItsResults() {
        center.pageSize(5);
        CenterTicket oldest = ticket("SC-2026-000103", "Manhole cover rattling");
        String id = gateway.submit(oldest).centerRequestId();
        for (int other = 0; other < 12; other++) {
            gateway.submit(ticket("SC-2026-0002" + (10 + other), "Another report " + other));
        }

        assertThat(gateway.findExisting(oldest)).contains(id);
        assertThat(gateway.findExisting(ticket("SC-2026-000999", "Never filed"))).isEmpty();
    }

    @Test
    void aSearchOfACenterThatDoesNotPageEndsAfterTheFirstAnswer() {
        gateway.submit(ticket("SC-2026-000104", "Signal dark"));

        assertThat(gateway.findExisting(ticket("SC-2026-000998", "Never filed"))).isEmpty();
    }

    private CenterTicket ticket(String number, String description) {
        return new CenterTicket(number, "road-damage", description, "Gyeongchung-daero 12", 37.41, 127.25,
                clock.instant());
    }
}
