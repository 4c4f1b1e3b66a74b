package city.civic.tickets.store;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketWorkflow.Change;
import city.civic.integrations.CenterGateway;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The center's view coming back with six statuses: it resolves and adds notes, it never moves a ticket back
 * and never overwrites an operator's newer note with its own unchanged one.
 */
class TicketStatusSyncTests {

    final TicketDatabase db = new TicketDatabase();
    final FakeCenter center = new FakeCenter();
    final TicketStatusSync sync = new TicketStatusSync(db.jdbc, center, db.workflow, db.transactions, db.publisher,
            db.clock, TicketDatabase.SEOUL);

    @Test
    void aRequestTheCenterClosedResolvesTheTicketWithTheCentersNote() {
        Ticket ticket = delivered("CTR-1");
        center.set("CTR-1", false, "Repaired on site");

        assertThat(sync.synchronize()).isEqualTo(1);

        Ticket now = db.tickets.find(ticket.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(now.statusNotes()).isEqualTo("Repaired on site");
        assertThat(db.closedAt(now)).isNotNull();
        assertThat(db.workflow.history(ticket.id())).last().satisfies(entry -> {
            assertThat(entry.changedBy()).isEqualTo("center");
            assertThat(entry.to()).isEqualTo(TicketStatus.RESOLVED);
        });
    }

    @Test
    void anAssignedTicketStaysAssignedWhileTheCenterHasNothingNew() {
        Ticket ticket = delivered("CTR-2");
        center.set("CTR-2", true, null);
        db.workflow.change(new Change(ticket.id(), TicketStatus.ASSIGNED, "Passed to the road team.", null, null, null,
                "operator"));

        assertThat(sync.synchronize()).isZero();

        Ticket now = db.tickets.find(ticket.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(now.statusNotes()).isEqualTo("Passed to the road team.");
    }

    @Test
    void aNewNoteFromTheCenterStartsTheWorkButItsOldNoteNeverReplacesAnOperatorsNewerOne() {
        Ticket ticket = delivered("CTR-3");
        center.set("CTR-3", true, "Crew dispatched");
        sync.synchronize();
        assertThat(db.tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);

        db.workflow.change(new Change(ticket.id(), TicketStatus.ASSIGNED, "Handed to the signal team.",
                "traffic-signals", null, null, "operator"));
        assertThat(sync.synchronize()).isZero();

        Ticket now = db.tickets.find(ticket.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(now.statusNotes()).isEqualTo("Handed to the signal team.");
    }

    @Test
    void ticketsStaffClosedAreLeftAlone() {
        Ticket ticket = delivered("CTR-4");
        db.workflow.change(new Change(ticket.id(), TicketStatus.CLOSED, "Not a city matter.", null, null, null, "op"));
        center.set("CTR-4", true, "Crew dispatched");

        assertThat(sync.synchronize()).isZero();
        assertThat(db.tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void withMoreOpenTicketsThanOnePassAsksAboutEveryOneIsPolledInTurn() {
        List<String> centerIds = IntStream.range(0, 120).mapToObj(i -> "CTR-P" + i).toList();
        centerIds.forEach(id -> {
            delivered(id);
            center.set(id, true, null);
        });

        for (int pass = 0; pass < 3; pass++) {
            assertThat(sync.synchronize()).as("nothing changed at the center").isZero();
        }

        assertThat(center.polled).containsAll(centerIds);
    }

    private Ticket delivered(String centerId) {
        Ticket ticket = db.file(null, "Broken kerb");
        db.jdbc.sql("update ticket set center_request_id = ? where seq = ?")
                .params(centerId, JdbcTicketWorkflow.seq(ticket)).update();
        return ticket;
    }

    static final class FakeCenter implements CenterGateway {

        final Map<String, CenterRequestStatus> statuses = new HashMap<>();
        final List<String> polled = new ArrayList<>();

        void set(String id, boolean open, String notes) {
            statuses.put(id, new CenterRequestStatus(id, open, notes, Instant.now()));
        }

        @Override
        public Submission submit(CenterTicket ticket) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> findExisting(CenterTicket ticket) {
            return Optional.empty();
        }

        @Override
        public Optional<String> resolveToken(String token) {
            return Optional.empty();
        }

        @Override
        public Optional<CenterRequestStatus> status(String centerRequestId) {
            polled.add(centerRequestId);
            return Optional.ofNullable(statuses.get(centerRequestId));
        }
    }
}
