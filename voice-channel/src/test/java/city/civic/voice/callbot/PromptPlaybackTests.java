package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptPlaybackTests {

    final CallSessionTests.FakeOutput output = new CallSessionTests.FakeOutput();
    final List<String> synthesized = new ArrayList<>();
    final List<Integer> rates = new ArrayList<>();
    Runnable whileSynthesizing = () -> { };
    final PromptPlayback playback = new PromptPlayback(output, (sentence, rate) -> {
        synthesized.add(sentence);
        rates.add(rate);
        whileSynthesizing.run();
        return new short[rate / 10];
    }, CallFixtures.metrics());

    @Test
    void sentencesAreSynthesizedInTurnAtTheLinesRate() {
        playback.lineRate(16_000);

        playback.speak(SpokenPrompt.saying(List.of("One.", "Two.")));

        assertThat(synthesized).containsExactly("One.", "Two.");
        assertThat(rates).containsOnly(16_000);
        assertThat(playback.speaking()).isTrue();
    }

    @Test
    void beforeTheFirstFrameTheDialplansRateIsUsed() {
        playback.speak(SpokenPrompt.saying(List.of("One.")));

        assertThat(rates).containsExactly(8000);
    }

    @Test
    void aBargeInStopsWhatIsLeftOfThePrompt() {
        whileSynthesizing = playback::bargeIn;

        playback.speak(SpokenPrompt.saying(List.of("One.", "Two.", "Three.")));

        assertThat(synthesized).containsExactly("One.");
        assertThat(output.interrupts.get()).isEqualTo(1);
        assertThat(output.playing.get()).as("the interrupted sentence is not played").isFalse();
        assertThat(playback.bargedIn()).isTrue();
    }

    @Test
    void nothingIsSaidOnceTheLineIsDown() {
        playback.lineDown();

        playback.speak(SpokenPrompt.saying(List.of("One.")));

        assertThat(synthesized).isEmpty();
    }

    @Test
    void theBotHasFinishedSpeakingOnceTheLastAudioIsOut() {
        playback.speak(SpokenPrompt.saying(List.of("One.")));
        assertThat(playback.finishedSpeaking()).isFalse();

        output.playing.set(false);

        assertThat(playback.finishedSpeaking()).isTrue();
        assertThat(playback.finishedSpeaking()).as("seen once").isFalse();
        assertThat(playback.speaking()).isFalse();
    }

    @Test
    void theFirstWordsOfAPromptAreSparedFromBargeIn() {
        playback.speak(SpokenPrompt.saying(List.of("One.")));

        assertThat(playback.speakingLongerThan(60_000_000_000L)).isFalse();
        assertThat(playback.speakingLongerThan(0)).isTrue();
    }
}
