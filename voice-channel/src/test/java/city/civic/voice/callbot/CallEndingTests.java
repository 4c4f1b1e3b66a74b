package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallLine;
import city.civic.voice.calls.CallOutcome;
import city.civic.voice.calls.InMemoryCalls;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallEndingTests {

    final InMemoryCalls calls = new InMemoryCalls(Clock.systemUTC(), Duration.ofMinutes(5));
    final Call call = calls.open("conv-1", new CallLine("01012345678", "1.1", "PJSIP/trunk-1", "2114"), Language.EN,
            List.of());
    final CallSessionTests.FakeOutput output = new CallSessionTests.FakeOutput();
    final PromptPlayback playback = new PromptPlayback(output, (sentence, rate) -> new short[1], CallFixtures.metrics());
    final CallEnding ending = new CallEnding(call, calls, CallFixtures.SETTINGS, CallFixtures.metrics(), playback);

    @Test
    void aTransferedCallerComesWithTheTicketAndTheirLastWordsMasked() {
        CallState state = new CallState(CallFixtures.MENU, null, "SC-2026-000001", "streetlight.report",
                List.of("the light is out", "call me on 010-1234-5678"));

        ending.transfer(state);

        CallOutcome outcome = calls.find(call.botUuid()).orElseThrow().decided().orElseThrow();
        assertThat(outcome.route()).isEqualTo(CallOutcome.Route.QUEUE);
        assertThat(outcome.queue()).isEqualTo("counsellors");
        assertThat(outcome.ticketId()).isEqualTo("SC-2026-000001");
        assertThat(outcome.category()).isEqualTo("streetlight.report");
        assertThat(outcome.summary()).startsWith("the light is out / ").doesNotContain("1234-5678");
        assertThat(outcome.transcriptId()).isEqualTo("conv-1");
    }

    @Test
    void theLegEndsOnlyOnceTheLastWordsAreOut() {
        assertThat(ending.closing()).isFalse();
        ending.hangUp();
        output.playing.set(true);

        assertThat(ending.closing()).isTrue();
        assertThat(output.hungUp).isFalse();
        output.playing.set(false);
        ending.closing();

        assertThat(output.hungUp).isTrue();
        assertThat(calls.find(call.botUuid()).orElseThrow().decided().orElseThrow().route())
                .isEqualTo(CallOutcome.Route.HANGUP);
    }
}
