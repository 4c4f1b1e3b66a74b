package city.civic.voice.calls;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCallsTests {

    final MutableClock clock = new MutableClock();
    final InMemoryCalls calls = new InMemoryCalls(clock, Duration.ofHours(4));
    final CallLine line = new CallLine("01012345678", "1718000000.42", "PJSIP/citytrunk-0000002a", "0317602114");

    @Test
    void aCallIsFoundByItsBotUuidAndCarriesItsOutcome() {
        Call call = calls.open("conv-1", line, Language.KO, List.of());

        assertThat(calls.decide(call.botUuid(), CallOutcome.hangup("conv-1"))).isTrue();
        assertThat(calls.find(call.botUuid())).flatMap(Call::decided)
                .hasValue(CallOutcome.hangup("conv-1"));
        assertThat(calls.open("conv-2", line, Language.KO, List.of()).botUuid()).isNotEqualTo(call.botUuid());
    }

    @Test
    void callsExpireAndUnknownOnesCannotBeDecided() {
        Call call = calls.open("conv-1", line, Language.KO, List.of());
        clock.now = clock.now.plus(Duration.ofHours(4));

        assertThat(calls.find(call.botUuid())).isEmpty();
        assertThat(calls.decide(call.botUuid(), CallOutcome.hangup("conv-1"))).isFalse();
        assertThat(calls.find(null)).isEmpty();
        assertThat(calls.size()).isZero();
    }

    @Test
    void openingPurgesExpiredCalls() {
        calls.open("conv-1", line, Language.KO, List.of());
        clock.now = clock.now.plus(Duration.ofHours(5));
        calls.open("conv-2", line, Language.KO, List.of());

        assertThat(calls.size()).isEqualTo(1);
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-05-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
