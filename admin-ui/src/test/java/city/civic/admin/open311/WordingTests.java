package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/** The endpoint's own sentences come from its bundle, in both languages, whatever the JVM's locale. */
class WordingTests {

    @Test
    void everyStatusHasANameInBothLanguages() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(Wording.statusNotes(status, Language.EN)).isNotBlank().doesNotContain("open311.");
            assertThat(Wording.statusNotes(status, Language.KO)).isNotBlank().doesNotContain("open311.");
        }
        assertThat(Wording.statusNotes(TicketStatus.IN_PROGRESS, Language.KO)).isEqualTo("처리 중");
    }

    @Test
    void aNoteFollowsTheStatusAndKeepsItsApostrophesAndBraces() {
        assertThat(Wording.statusNotes(TicketStatus.IN_PROGRESS, "The crew can't reach it {yet}", Language.EN))
                .isEqualTo("In progress: The crew can't reach it {yet}");
        assertThat(Wording.statusNotes(TicketStatus.CLOSED, " ", Language.EN)).isEqualTo("Closed");
    }

    @Test
    void theFiledNoticeIsTheChatsConfirmation() {
        assertThat(Wording.filedNotice("Traffic Signal Team", "SC-2026-000001", Language.EN)).isEqualTo(
                "Your report has been filed with the Traffic Signal Team. Your ticket number is SC-2026-000001."
                        + " You can ask me about it any time with that number.");
    }
}
