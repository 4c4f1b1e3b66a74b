package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ticket's life: which status may follow which, and which count as closed. */
class TicketStatusTests {

    @Test
    void aReceivedTicketMayBeAssignedStartedResolvedClosedOrMarkedDuplicateButNotReceivedAgain() {
        assertThat(TicketStatus.RECEIVED.next()).containsExactlyInAnyOrder(TicketStatus.ASSIGNED,
                TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.DUPLICATE);
        assertThat(TicketStatus.RECEIVED.canBecome(TicketStatus.RECEIVED)).isFalse();
    }

    @Test
    void anAssignedTicketMayBeAssignedAgainToAnotherDepartment() {
        assertThat(TicketStatus.ASSIGNED.canBecome(TicketStatus.ASSIGNED)).isTrue();
        assertThat(TicketStatus.IN_PROGRESS.canBecome(TicketStatus.ASSIGNED)).isTrue();
    }

    @Test
    void aResolvedTicketMayBeReopenedOrClosedAndAClosedOneNeverChanges() {
        assertThat(TicketStatus.RESOLVED.next()).containsExactlyInAnyOrder(TicketStatus.IN_PROGRESS, TicketStatus.CLOSED);
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
        assertThat(TicketStatus.IN_PROGRESS.canBecome(TicketStatus.RECEIVED)).isFalse();
    }

    @Test
    void aDuplicateMayOnlyGoBackToTheQueue() {
        assertThat(TicketStatus.DUPLICATE.next()).containsExactly(TicketStatus.RECEIVED);
    }

    @Test
    void resolvedClosedAndDuplicateAreClosedForOpen311AndRetention() {
        assertThat(TicketStatus.values()).filteredOn(TicketStatus::isClosed)
                .containsExactlyInAnyOrder(TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.DUPLICATE);
    }

    @Test
    void codesAreLowerCaseAndReadBackTolerantly() {
        assertThat(TicketStatus.IN_PROGRESS.code()).isEqualTo("in_progress");
        assertThat(TicketStatus.ofCode(" In_Progress ")).contains(TicketStatus.IN_PROGRESS);
        assertThat(TicketStatus.ofCode("done")).isEmpty();
        assertThat(TicketStatus.ofCode(null)).isEmpty();
    }
}
