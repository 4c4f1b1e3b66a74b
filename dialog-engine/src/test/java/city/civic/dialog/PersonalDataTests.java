package city.civic.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my number is 010-1234-5678             | my number is [redacted]
            call 01012345678 please                | call [redacted] please
            office (031) 760-2114                  | office [redacted]
            +82 10 9876 5432 is mine               | [redacted] is mine
            mail kim.minji@example.kr today        | mail [redacted] today
            id 900101-1234567 here                 | id [redacted] here
            ticket SC-2026-000123 at 10:30         | ticket SC-2026-000123 at 10:30
            bus 1150 at stop 12345                 | bus 1150 at stop 12345
            """)
    void masksContactsAndIdsButNotTicketsTimesOrRoutes(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }
}
