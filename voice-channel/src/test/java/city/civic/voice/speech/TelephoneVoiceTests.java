package city.civic.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneVoiceTests {

    final List<String> synthesized = new ArrayList<>();

    @Test
    void aRepeatedPromptComesFromTheCachePerRate() {
        TelephoneVoice voice = new TelephoneVoice(this::studio, 48_000, 10);

        short[] first = voice.speak("Welcome to the city contact center.", 8000);
        short[] again = voice.speak("Welcome to the city contact center.", 8000);
        short[] wide = voice.speak("Welcome to the city contact center.", 16_000);

        assertThat(synthesized).hasSize(2);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(first).hasSize(4800 / 6);
        assertThat(wide).hasSize(4800 / 3);
        voice.speak("Welcome to the city contact center!", 8000);
        assertThat(synthesized).hasSize(3);
    }

    @Test
    void eachSynthesisIsTimedButNotWhatTheCacheAnswers() {
        var meters = new SimpleMeterRegistry();
        TelephoneVoice voice = new TelephoneVoice(TelephoneVoice.timed(this::studio, meters), 48_000, 10);

        voice.speak("Your ticket number is SC 2026 000123.", 8000);
        voice.speak("Your ticket number is SC 2026 000123.", 8000);
        voice.speak("Anything else?", 8000);

        assertThat(meters.get("civic.voice.synthesis").timer().count()).isEqualTo(2);
    }

    @Test
    void nothingToSayAndFailuresAreNotKept() {
        TelephoneVoice voice = new TelephoneVoice(text -> {
            synthesized.add(text);
            return new short[0];
        }, 48_000, 10);

        assertThat(voice.speak("   ", 8000)).isEmpty();
        assertThat(voice.speak("Hello.", 8000)).isEmpty();
        assertThat(voice.speak("Hello.", 8000)).isEmpty();
        assertThat(synthesized).containsExactly("Hello.", "Hello.");
    }

    private short[] studio(String text) {
        synthesized.add(text);
        short[] samples = new short[4800];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
        }
        return samples;
    }
}
