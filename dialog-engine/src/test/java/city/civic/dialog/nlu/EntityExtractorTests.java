package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    final Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 18, 30, 0, 0, SEOUL).toInstant(), SEOUL);
    final EntityExtractor extractor = new EntityExtractor(new Gazetteer(List.of()), clock);

    @Test
    void normalisesTicketNumbersHoweverTheyAreTyped() {
        assertThat(EntityExtractor.ticketId("status of sc 2026 123?")).hasValue("SC-2026-000123");
        assertThat(EntityExtractor.ticketId("SC-2026-004512 처리됐나요")).hasValue("SC-2026-004512");
        assertThat(EntityExtractor.ticketId("no number here")).isEmpty();
    }

    @Test
    void findsKoreanPhoneNumbers() {
        assertThat(extractor.extract("call me on 010 1234 5678").phoneNumber()).hasValue("010-1234-5678");
        assertThat(extractor.extract("연락처는 031-760-2114 입니다").phoneNumber()).hasValue("031-760-2114");
        assertThat(extractor.extract("it was 12345678901234").phoneNumber()).isEmpty();
    }

    @Test
    void resolvesTimesInBothLanguages() {
        assertThat(extractor.extract("around 3pm").time()).hasValueSatisfying(t -> {
            assertThat(t.surface()).isEqualTo("3pm");
            assertThat(t.approximately().getHour()).isEqualTo(15);
            assertThat(t.approximately().getDayOfMonth()).isEqualTo(25);
        });
        assertThat(extractor.extract("it started last night").time())
                .hasValueSatisfying(t -> assertThat(t.approximately().getDayOfMonth()).isEqualTo(24));
        assertThat(extractor.extract("오후 9시쯤이었어요").time())
                .hasValueSatisfying(t -> {
                    assertThat(t.approximately().getHour()).isEqualTo(21);
                    assertThat(t.approximately().getDayOfMonth()).isEqualTo(24);
                });
        assertThat(extractor.extract("30분 전에 봤어요").time())
                .hasValueSatisfying(t -> assertThat(t.approximately().getMinute()).isEqualTo(0));
    }
}
