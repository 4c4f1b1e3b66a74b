package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void removesPhoneNumbersInTheirUsualKoreanShapes() {
        assertThat(Redaction.publicText("연락처010-1234-5678입니다", null)).isEqualTo("연락처[redacted]입니다");
        assertThat(Redaction.publicText("call 01012345678", null)).isEqualTo("call [redacted]");
        assertThat(Redaction.publicText("call +82 10-1234-5678 now", null)).isEqualTo("call [redacted] now");
        assertThat(Redaction.publicText("office (031) 760-2114", null)).isEqualTo("office [redacted]");
        assertThat(Redaction.publicText("010 1234 5678", null)).isEqualTo("[redacted]");
    }

    @Test
    void removesEmailAndTheTicketsOwnContact() {
        assertThat(Redaction.publicText("mail kim.minsu+city@example.co.kr please", null))
                .isEqualTo("mail [redacted] please");
        assertThat(Redaction.publicText("김민수 reporting, reach 김민수 later", "김민수, 010-1111-2222"))
                .isEqualTo("[redacted] reporting, reach [redacted] later");
    }

    @Test
    void keepsTicketNumbersCoordinatesAndTimes() {
        String text = "see SC-2026-000123 at 37.417200, 127.255700 since 2026-03-01 09:00, bus 1002";
        assertThat(Redaction.publicText(text, null)).isEqualTo(text);
        assertThat(Redaction.publicText(null, "x")).isNull();
    }
}
