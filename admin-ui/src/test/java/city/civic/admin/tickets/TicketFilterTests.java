package city.civic.admin.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/** The worklist's filters: status codes and their open/closed groups, category, department. */
class TicketFilterTests {

    @Test
    void statusesAreCodesOrTheOpenAndClosedGroups() {
        assertThat(TicketFilter.parse("received,in_progress", null, null).statuses())
                .containsExactly(TicketStatus.RECEIVED, TicketStatus.IN_PROGRESS);
        assertThat(TicketFilter.parse("open", null, null).statuses())
                .containsExactly(TicketStatus.RECEIVED, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);
        assertThat(TicketFilter.parse("closed", " ", "").statuses())
                .containsExactly(TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.DUPLICATE);
        assertThat(TicketFilter.parse("", "", "").statuses()).isEmpty();
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        assertThatThrownBy(() -> TicketFilter.parse("done", null, null))
                .isInstanceOfSatisfying(TicketRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("status.unknown");
                });
    }

    @Test
    void blankCategoryAndDepartmentMeanAny() {
        TicketFilter filter = TicketFilter.parse(null, " ", "road-maintenance");

        assertThat(filter.category()).isNull();
        assertThat(filter.department()).isEqualTo("road-maintenance");
    }
}
