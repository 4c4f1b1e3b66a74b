package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallLine;
import city.civic.voice.calls.CallOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteVariablesTests {

    @Test
    void aQueueNameTheDialplanCouldMisreadFallsBackToTheHumanQueue() {
        Call call = call(CallOutcome.queue("signals,t,,,1", "SC-1", "bad category!", null, null));

        assertThat(RouteVariables.of(Optional.of(call), "counsellors"))
                .containsEntry("CIVIC_QUEUE", "counsellors")
                .containsEntry("CIVIC_CATEGORY", "")
                .containsEntry("CIVIC_TRANSCRIPT", "conv-9");
    }

    @Test
    void summariesAreAsciiShortAndNeverSplitACharacter() {
        String summary = DialplanValues.text("가".repeat(100) + "\n${EVIL}", RouteVariables.SUMMARY_LENGTH);

        assertThat(summary).matches("[A-Za-z0-9%._~-]*").hasSizeLessThanOrEqualTo(200);
        assertThat(summary.length() % 9).isZero();
        assertThat(DialplanValues.text("a \t b\r\n$[1+1]|x", 100)).isEqualTo("a%20b%20%24%5B1%2B1%5D%7Cx");
    }

    private static Call call(CallOutcome outcome) {
        return new Call("uuid", "conv-9", new CallLine(null, "1.1", "PJSIP/x-1", null), Language.EN, List.of(),
                Instant.now(), outcome);
    }
}
