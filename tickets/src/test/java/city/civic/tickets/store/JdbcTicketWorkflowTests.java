package city.civic.tickets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChangeRefusedException;
import city.civic.tickets.TicketChangedMeanwhileException;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketStatusChanged;
import city.civic.tickets.TicketWorkflow.Change;
import city.civic.tickets.TicketWorkflow.Tally;
import city.civic.tickets.TicketWorkflow.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff status changes in a real H2 database: transitions, notes, history, versions, closing and duplicates. */
class JdbcTicketWorkflowTests {

    final TicketDatabase db = new TicketDatabase();

    @Test
    void aChangeStoresStatusNoteAndDepartmentKeepsHistoryAndAnnouncesIt() {
        Ticket ticket = db.file("school-road", "Pothole by the school gate");

        Ticket changed = db.workflow.change(new Change(ticket.id(), TicketStatus.ASSIGNED, "Passed to the traffic team.",
                "traffic-signals", null, 0L, "operator-kim"));

        assertThat(changed.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(changed.statusNotes()).isEqualTo("Passed to the traffic team.");
        assertThat(changed.department()).isEqualTo("traffic-signals");
        assertThat(changed.version()).isEqualTo(1);
        assertThat(db.workflow.history(ticket.id())).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(TicketStatus.RECEIVED);
            assertThat(entry.to()).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(entry.changedBy()).isEqualTo("operator-kim");
            assertThat(entry.note()).isEqualTo("Passed to the traffic team.");
        });
        assertThat(db.events).containsExactly(new TicketStatusChanged(ticket.id(), TicketStatus.ASSIGNED,
                "Passed to the traffic team."));
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIsRefusedAndChangesNothing() {
        Ticket ticket = db.file("school-road", "Pothole");
        db.workflow.change(new Change(ticket.id(), TicketStatus.CLOSED, "Closed.", null, null, null, "op"));

        assertThatThrownBy(() -> db.workflow.change(new Change(ticket.id(), TicketStatus.IN_PROGRESS, "Again", null,
                null, null, "op")))
                .isInstanceOfSatisfying(TicketChangeRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("transition.refused"));
        assertThat(db.tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(db.workflow.history(ticket.id())).hasSize(1);
    }

    @Test
    void theSecondOfTwoChangesMadeOnTheSameVersionIsRefusedNotLost() {
        Ticket ticket = db.file("school-road", "Pothole");
        db.workflow.change(new Change(ticket.id(), TicketStatus.ASSIGNED, "First operator", null, null, 0L, "first"));

        assertThatThrownBy(() -> db.workflow.change(new Change(ticket.id(), TicketStatus.IN_PROGRESS,
                "Second operator", null, null, 0L, "second")))
                .isInstanceOfSatisfying(TicketChangedMeanwhileException.class, e -> {
                    assertThat(e.current().status()).isEqualTo(TicketStatus.ASSIGNED);
                    assertThat(e.current().version()).isEqualTo(1);
                });
        assertThat(db.tickets.find(ticket.id()).orElseThrow().statusNotes()).isEqualTo("First operator");
    }

    @Test
    void resolvingStartsTheRetentionClockClosingKeepsItAndReopeningStopsIt() {
        Ticket ticket = db.file("school-road", "Pothole");
        assertThat(db.closedAt(ticket)).isNull();

        db.workflow.change(new Change(ticket.id(), TicketStatus.RESOLVED, null, null, null, null, "op"));
        var resolvedAt = db.closedAt(ticket);
        db.workflow.change(new Change(ticket.id(), TicketStatus.IN_PROGRESS, null, null, null, null, "op"));
        var reopened = db.closedAt(ticket);
        db.workflow.change(new Change(ticket.id(), TicketStatus.RESOLVED, null, null, null, null, "op"));
        db.workflow.change(new Change(ticket.id(), TicketStatus.CLOSED, null, null, null, null, "op"));

        assertThat(resolvedAt).isNotNull();
        assertThat(reopened).isNull();
        assertThat(db.closedAt(ticket)).isEqualTo(resolvedAt);
    }

    @Test
    void aDuplicateNamesAnotherExistingTicketIsClosedAndListedUnderTheOriginal() {
        Ticket original = db.file("school-road", "Pothole");
        Ticket again = db.file(null, "Same pothole, reported again");

        assertThatThrownBy(() -> db.workflow.change(new Change(again.id(), TicketStatus.DUPLICATE, null, null, null,
                null, "op"))).hasFieldOrPropertyWithValue("code", "duplicate.unknown");
        assertThatThrownBy(() -> db.workflow.change(new Change(again.id(), TicketStatus.DUPLICATE, null, null,
                again.id(), null, "op"))).hasFieldOrPropertyWithValue("code", "duplicate.self");
        Ticket marked = db.workflow.change(new Change(again.id(), TicketStatus.DUPLICATE, null, null,
                original.id().toLowerCase(), null, "op"));

        assertThat(marked.duplicateOf()).isEqualTo(original.id());
        assertThat(db.closedAt(marked)).isNotNull();
        assertThat(db.workflow.duplicatesOf(original.id())).extracting(Ticket::id).containsExactly(again.id());
        Ticket unmarked = db.workflow.change(new Change(again.id(), TicketStatus.RECEIVED, null, null, null, null, "op"));
        assertThat(unmarked.duplicateOf()).isNull();
    }

    @Test
    void theWorklistFiltersByStatusCategoryAndDepartmentNewestFirst() {
        Ticket first = db.file("a", "One");
        Ticket second = db.file("b", "Two");
        db.workflow.change(new Change(first.id(), TicketStatus.ASSIGNED, null, "traffic-signals", null, null, "op"));

        assertThat(db.workflow.worklist(new Worklist(List.of(), null, null, 10))).extracting(Ticket::id)
                .containsExactly(second.id(), first.id());
        assertThat(db.workflow.worklist(new Worklist(List.of(TicketStatus.ASSIGNED), "road-damage", "traffic-signals",
                10))).extracting(Ticket::id).containsExactly(first.id());
        assertThat(db.workflow.worklist(new Worklist(List.of(TicketStatus.RECEIVED), null, "traffic-signals", 10)))
                .isEmpty();
    }

    @Test
    void theTallyCountsTicketsFiledInTheRangePerCategoryAndStatus() {
        Ticket first = db.file("a", "One");
        db.file("b", "Two");
        db.file("c", "Three");
        db.workflow.change(new Change(first.id(), TicketStatus.ASSIGNED, null, null, null, null, "op"));
        Instant filed = db.clock.instant();

        assertThat(db.workflow.tally(filed.minus(Duration.ofHours(1)), filed.plus(Duration.ofHours(1))))
                .containsExactly(new Tally("road-damage", TicketStatus.ASSIGNED, 1),
                        new Tally("road-damage", TicketStatus.RECEIVED, 2));
        assertThat(db.workflow.tally(filed.plusSeconds(1), filed.plus(Duration.ofHours(1))))
                .as("the range ends before or starts after a ticket's filing").isEmpty();
    }
}
