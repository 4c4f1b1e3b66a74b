package city.civic.tickets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.center.Open311CenterGateway;
import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.tickets.Ticket;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The outbox against the simulated center over real HTTP: what a crash or a failing store leaves behind. */
class TicketDeliveryTests {

    final TicketDatabase db = new TicketDatabase();
    final SimulatedCenter center = new SimulatedCenter(0, Clock.systemUTC());
    final TicketDelivery delivery = new TicketDelivery(db.jdbc, db.transactions, gateway(center), db.clock,
            TicketDatabase.SEOUL, Duration.ofSeconds(60), Duration.ofMillis(10), Duration.ofMillis(50));

    @AfterEach
    void close() {
        center.close();
        db.close();
    }

    @Test
    void aCrashWhileRecordingTheCenterIdLeavesTheTicketToDeliverAgainNotDeliveredWithoutAnId() {
        Ticket ticket = db.file(null, "Pothole by the school gate");
        // The ticket's own update fails, as a crash between the two updates would leave it.
        db.jdbc.sql("alter table ticket add constraint no_center_id check (center_request_id is null)").update();

        assertThatThrownBy(delivery::deliverDue).isInstanceOf(DataAccessException.class);

        assertThat(state(ticket)).isEqualTo("PENDING");
        db.jdbc.sql("alter table ticket drop constraint no_center_id").update();
        leaseLapsed();
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(state(ticket)).isEqualTo("DELIVERED");
        assertThat(received(ticket)).singleElement()
                .satisfies(request -> assertThat(centerId(ticket)).isEqualTo(request.id()));
    }

    static Open311CenterGateway gateway(SimulatedCenter center) {
        return new Open311CenterGateway(center.baseUrl(), "test", Duration.ofSeconds(5), TicketDatabase.SEOUL,
                CircuitBreaker.ofDefaults("test-center"), Clock.systemUTC());
    }

    /** Every claim's lease is over, as if its worker had stopped. */
    void leaseLapsed() {
        db.jdbc.sql("update ticket_delivery set next_attempt_at = ? where state in ('PENDING', 'AWAITING_TOKEN')")
                .param(java.sql.Timestamp.from(db.clock.instant().minus(Duration.ofDays(1)))).update();
    }

    String state(Ticket ticket) {
        return db.jdbc.sql("select state from ticket_delivery where ticket_seq = ?")
                .param(JdbcTicketWorkflow.seq(ticket)).query(String.class).single();
    }

    String centerId(Ticket ticket) {
        return db.tickets.find(ticket.id()).orElseThrow().centerRequestId();
    }

    List<SimulatedCenter.Request> received(Ticket ticket) {
        return center.requests().stream()
                .filter(request -> ticket.id().equals(request.attributes().get("platform_ticket_id")))
                .toList();
    }
}
