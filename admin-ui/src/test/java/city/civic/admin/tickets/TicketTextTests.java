package city.civic.admin.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ticket's description as staff read it: the citizen's words masked, and the live data the bot saw apart. */
class TicketTextTests {

    @Test
    void theLiveDataLineReportFilingAppendedIsSeparatedFromTheCitizensWords() {
        TicketText text = TicketText.of("The lights are dark\n[signal controller SIG-001 at 14:05: flash=true]", null);

        assertThat(text.request()).isEqualTo("The lights are dark");
        assertThat(text.liveData()).containsExactly("[signal controller SIG-001 at 14:05: flash=true]");
    }

    @Test
    void aBracketedLineTheCitizenTypedIsNotMistakenForLiveData() {
        TicketText text = TicketText.of("Dark lights\n[urgent please]", null);

        assertThat(text.liveData()).isEmpty();
        assertThat(text.request()).isEqualTo("Dark lights\n[urgent please]");
    }

    @Test
    void theContactAndOtherPersonalDataAreMaskedWhereverTyped() {
        TicketText text = TicketText.of("Call me at 010-2345-6789 or kim@example.com, I am at home", "010-2345-6789");

        assertThat(text.request()).doesNotContain("2345", "kim@example.com").contains("[redacted]", "I am at home");
    }

    @Test
    void anExcerptIsShortenedWithAnEllipsis() {
        assertThat(TicketText.of("a".repeat(400), null).excerpt(10)).hasSize(10).endsWith("…");
        assertThat(TicketText.of("short", null).excerpt(10)).isEqualTo("short");
    }
}
