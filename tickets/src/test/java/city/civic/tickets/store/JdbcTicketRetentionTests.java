package city.civic.tickets.store;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketWorkflow.Change;
import city.civic.tickets.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention over real tickets: contacts and personal data end after closing, tickets outlive conversations. */
class JdbcTicketRetentionTests {

    final TicketDatabase db = new TicketDatabase();
    final JdbcTicketRetention retention = new JdbcTicketRetention(db.jdbc, db.transactions, db.clock);
    final Instant afterClosing = db.clock.instant().plus(Duration.ofMinutes(1));

    @Test
    void aClosedTicketLosesItsContactAndItsTextIsMaskedOnce() {
        Ticket closed = close(db.file("school-road", "Pothole, call 010-2345-6789"));

        assertThat(retention.clearPersonalData(afterClosing, text -> "[masked] " + text, 10)).isEqualTo(1);

        Ticket now = db.tickets.find(closed.id()).orElseThrow();
        assertThat(now.contact()).isNull();
        assertThat(now.description()).isEqualTo("[masked] Pothole, call 010-2345-6789");
        assertThat(now.location()).isEqualTo("[masked] by the school");
        assertThat(now.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(retention.clearPersonalData(afterClosing, text -> "[masked] " + text, 10))
                .as("a cleared ticket is not cleared again").isZero();
    }

    @Test
    void openTicketsAndTicketsClosedTooRecentlyKeepTheirContact() {
        Ticket open = db.file("school-road", "Pothole");
        Ticket closed = close(db.file("market-road", "Broken kerb"));

        assertThat(retention.clearPersonalData(db.clock.instant(), text -> "", 10)).isZero();

        assertThat(db.tickets.find(open.id()).orElseThrow().contact()).isEqualTo("010-2345-6789");
        assertThat(db.tickets.find(closed.id()).orElseThrow().contact()).isEqualTo("010-2345-6789");
    }

    @Test
    void clearsNoMoreThanTheLimitAtATime() {
        for (String place : List.of("a", "b", "c")) {
            close(db.file(place, "Pothole"));
        }

        assertThat(retention.clearPersonalData(afterClosing, text -> text, 2)).isEqualTo(2);
        assertThat(retention.clearPersonalData(afterClosing, text -> text, 2)).isEqualTo(1);
    }

    @Test
    void forgettingConversationsUnlinksOnlyTheirTickets() {
        Ticket forgotten = db.tickets.file(report("conversation-old"));
        Ticket kept = db.tickets.file(report("conversation-new"));

        retention.forgetConversations(List.of("conversation-old"));

        assertThat(db.tickets.find(forgotten.id()).orElseThrow().conversationId()).isNull();
        assertThat(db.tickets.find(kept.id()).orElseThrow().conversationId()).isEqualTo("conversation-new");
    }

    private Ticket close(Ticket ticket) {
        return db.workflow.change(new Change(ticket.id(), TicketStatus.CLOSED, null, null, null, null, "operator"));
    }

    private static Tickets.NewTicket report(String conversationId) {
        return new Tickets.NewTicket("road-damage", "road.damage.report", "road-maintenance", "Pothole", null,
                "by the school", null, null, null, "010-2345-6789", "en", TicketChannel.WEB, conversationId);
    }
}
