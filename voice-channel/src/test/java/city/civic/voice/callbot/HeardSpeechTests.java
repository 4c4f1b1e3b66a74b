package city.civic.voice.callbot;

import static city.civic.voice.callbot.CallFixtures.awaiting;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Expectation;
import city.civic.voice.speech.Transcription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeardSpeechTests {

    final CallSessionTests.FakeRecognizer recognizer = new CallSessionTests.FakeRecognizer();
    final HeardSpeech speech = new HeardSpeech(recognizer, 0.35,
            () -> PlaceGrammar.of(List.of("Docheok-ro"), Map.of(), word -> true));

    @Test
    void overThePromptNothingIsNoiseAndUnsureWordsWaitForItsEnd() {
        assertThat(speech.meaning(Transcription.NOTHING, true)).isEqualTo(HeardSpeech.Meaning.NOISE);
        assertThat(speech.meaning(heard("city hall", 0.2), true)).isEqualTo(HeardSpeech.Meaning.AFTER_PROMPT);
        assertThat(speech.meaning(heard("city hall", 0.9), true)).isEqualTo(HeardSpeech.Meaning.WORDS);
    }

    @Test
    void unsureWordsOrNoneAreUnclearAndAWholeRequestForHelpIsHelp() {
        assertThat(speech.meaning(heard("city hall", 0.2), false)).isEqualTo(HeardSpeech.Meaning.UNCLEAR);
        assertThat(speech.meaning(Transcription.NOTHING, false)).isEqualTo(HeardSpeech.Meaning.UNCLEAR);
        assertThat(speech.meaning(heard("what are my options", 0.8), false)).isEqualTo(HeardSpeech.Meaning.HELP);
    }

    @Test
    void numbersAreWrittenInDigitsWhenOneIsAwaited() {
        assertThat(speech.written(heard("s c two zero two six zero zero zero one two three", 0.8),
                awaiting(Expectation.TICKET))).isEqualTo("SC 2026000123");
        assertThat(speech.written(heard("one light is out", 0.8), awaiting(null))).isEqualTo("one light is out");
    }

    @Test
    void aSureGrammarResultStandsAndAnUnsureOneIsDecodedAgainInFull() {
        recognizer.next = heard("docheok ro", 0.9);
        short[] audio = new short[1600];

        assertThat(speech.decoded(new CallEvent.Heard(heard("city hall", 0.95), audio, 0)).text()).isEqualTo("city hall");
        assertThat(speech.decoded(new CallEvent.Heard(heard("city hall", 0.3), audio, 0)).text()).isEqualTo("docheok ro");
    }

    private static Transcription heard(String text, double confidence) {
        return new Transcription(text, confidence, List.of());
    }
}
