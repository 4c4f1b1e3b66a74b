package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The public ticket number: written from a sequence, found in what a citizen typed, read back. */
class TicketNumberTests {

    @Test
    void theYearIsTheCitysAtTheMomentOfFiling() {
        Instant newYearInSeoul = Instant.parse("2026-12-31T15:30:00Z");

        assertThat(TicketNumber.of(123, newYearInSeoul, ZoneId.of("Asia/Seoul"))).isEqualTo("SC-2027-000123");
        assertThat(TicketNumber.of(123, newYearInSeoul, ZoneId.of("UTC"))).isEqualTo("SC-2026-000123");
    }

    @Test
    void findsANumberHoweverItIsWrittenAndNormalisesIt() {
        assertThat(TicketNumber.find("status of sc 2026 123?")).hasValue("SC-2026-000123");
        assertThat(TicketNumber.find("SC-2026-004512 처리됐나요")).hasValue("SC-2026-004512");
        assertThat(TicketNumber.find("sc2026-7")).hasValue("SC-2026-000007");
        assertThat(TicketNumber.find("no number here, only 2026")).isEmpty();
    }

    @Test
    void readsTheSequenceBackFromANormalisedNumber() {
        assertThat(TicketNumber.sequence("SC-2026-004512")).isEqualTo(4512);
    }

    @Test
    void aPhoneNumberIsNotATicketNumber() {
        assertThat(TicketNumber.find("call 010-1234-5678")).isEmpty();
    }

    @Test
    void tenKeyedDigitsAreANumberAndAnythingElseStaysAsItIs() {
        assertThat(TicketNumber.fromDigits("2026000123")).isEqualTo("SC-2026-000123");
        assertThat(TicketNumber.fromDigits("01012345678")).isEqualTo("01012345678");
    }

    @Test
    void theWrittenFormIsTheOneTheNumbersAreMadeIn() {
        String number = TicketNumber.of(2026, 42);

        assertThat(number).isEqualTo("SC-2026-000042");
        assertThat(TicketNumber.WRITTEN.matcher("Filed as " + number + ".").find()).isTrue();
        assertThat(TicketNumber.spokenPrefix()).isEqualTo("s c");
    }
}
