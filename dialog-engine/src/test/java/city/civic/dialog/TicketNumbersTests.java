package city.civic.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketNumbersTests {

    @Test
    void aNumberIsFoundHoweverItIsSpacedOrDashed() {
        assertThat(TicketNumbers.find("my ticket is sc 2026 123")).hasValue("SC-2026-000123");
        assertThat(TicketNumbers.find("SC-2026-000123?")).hasValue("SC-2026-000123");
        assertThat(TicketNumbers.find("call 010-1234-5678")).isEmpty();
    }

    @Test
    void tenKeyedDigitsAreANumberAndAnythingElseStaysAsItIs() {
        assertThat(TicketNumbers.fromDigits("2026000123")).isEqualTo("SC-2026-000123");
        assertThat(TicketNumbers.fromDigits("01012345678")).isEqualTo("01012345678");
    }

    @Test
    void theWrittenFormIsTheOneTheNumbersAreMadeIn() {
        String number = TicketNumbers.of(2026, 42);

        assertThat(number).isEqualTo("SC-2026-000042");
        assertThat(TicketNumbers.WRITTEN.matcher("Filed as " + number + ".").find()).isTrue();
        assertThat(TicketNumbers.spokenPrefix()).isEqualTo("s c");
    }
}
