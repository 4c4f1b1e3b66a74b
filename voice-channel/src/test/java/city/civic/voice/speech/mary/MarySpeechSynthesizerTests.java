package city.civic.voice.speech.mary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Against the real MaryTTS, started once for the class. */
class MarySpeechSynthesizerTests {

    static final Logger maryLogs = (Logger) LoggerFactory.getLogger("marytts");
    static MarySpeechSynthesizer speech;

    @BeforeAll
    static void start() {
        maryLogs.setLevel(Level.WARN);
        speech = new MarySpeechSynthesizer();
    }

    @AfterAll
    static void close() {
        speech.close();
    }

    @Test
    void speaksATicketNumberAt48kHz() {
        String text = "Your ticket number is S C 2 0 2 6.";

        short[] samples = speech.synthesize(text);

        assertThat(speech.sampleRate()).isEqualTo(48_000);
        assertPlausibleSpeech(samples, text);
    }

    @Test
    void speaksNumbersAndATime() {
        String text = "The next bus to City Hall leaves at 10:30 a.m. from stop 3.";

        assertPlausibleSpeech(speech.synthesize(text), text);
    }

    @Test
    void skipsControlCharactersInsideText() {
        String text = "Hello \u0007there\u0000.";

        assertPlausibleSpeech(speech.synthesize(text), text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   \n", "...", "?! —", "\u0000\u0007\u001b", "\uD83D\uDE00\uD83D\uDC4D"})
    void nothingToSayGivesNoSamples(String text) {
        assertThat(speech.synthesize(text)).isEmpty();
        assertThat(speech.sentences(text)).isEmpty();
    }

    @Test
    void leavesOutWordsTheEnglishVoiceCannotPronounce() {
        assertThat(speech.synthesize("경충대로")).isEmpty();
        assertPlausibleSpeech(speech.synthesize("I am on 경충대로 now."), "I am on now.");
    }

    @Test
    void cutsOverLongTextAfterTheLastSentenceThatFits() {
        String sentences = "This is sentence number forty. ".repeat(40);
        String cut = MarySpeechSynthesizer.sayable(sentences);
        assertThat(cut).hasSizeLessThanOrEqualTo(MarySpeechSynthesizer.MAX_TEXT_LENGTH).endsWith("forty.");
        assertThat(sentences).startsWith(cut);

        String overLongSentence = "word ".repeat(300) + "end.";
        assertThat(MarySpeechSynthesizer.sayable(overLongSentence))
                .hasSizeLessThanOrEqualTo(MarySpeechSynthesizer.MAX_TEXT_LENGTH).endsWith(" word");

        String shortThenOverLong = "Short first sentence. Then " + overLongSentence;
        assertThat(MarySpeechSynthesizer.sayable(shortThenOverLong)).isEqualTo("Short first sentence.");
        assertPlausibleSpeech(speech.synthesize(shortThenOverLong), "Short first sentence.");
    }

    @Test
    void splitsARepliesSentencesForIncrementalSynthesis() {
        assertThat(speech.sentences("I have filed your report. Your ticket number is S C, 2 0 2 6, 0 0 0 1 2 3."))
                .containsExactly("I have filed your report.", "Your ticket number is S C, 2 0 2 6, 0 0 0 1 2 3.");
    }

    @Test
    void twoCallsAtOnceGetWhatEachWouldGetAlone() throws Exception {
        List<String> texts = List.of("The 21st of May, at 21 past 9.", "Call 112 on 03/15/2026 before 10:45.");
        List<short[]> alone = texts.stream().map(speech::synthesize).toList();
        ExecutorService calls = Executors.newFixedThreadPool(2);
        try {
            List<Future<short[]>> together = texts.stream().map(text -> calls.submit(() -> speech.synthesize(text))).toList();

            for (int i = 0; i < texts.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            calls.shutdown();
        }
    }

    @Test
    void aClosedSynthesizerRefusesWhileMaryTtsStaysUp() {
        MarySpeechSynthesizer other = new MarySpeechSynthesizer();
        other.close();

        assertThatThrownBy(() -> other.synthesize("Hello.")).isInstanceOf(IllegalStateException.class);
        assertPlausibleSpeech(speech.synthesize("Still here."), "Still here.");
    }

    @Test
    void maryTtsLogsReachLogbackThroughSlf4j() {
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        maryLogs.addAppender(events);
        maryLogs.setLevel(Level.INFO);
        try {
            speech.synthesize("Logging check.");
        } finally {
            maryLogs.setLevel(Level.WARN);
            maryLogs.detachAppender(events);
        }

        assertThat(events.list).anySatisfy(event -> {
            assertThat(event.getLoggerName()).startsWith("marytts.");
            assertThat(event.getFormattedMessage()).startsWith("Request processed in");
        });
    }

    /** 48 kHz speech about as long as the text, loud enough, hardly clipped. */
    private static void assertPlausibleSpeech(short[] samples, String text) {
        double seconds = samples.length / 48_000.0;
        assertThat(seconds).as("seconds for %d characters", text.length())
                .isBetween(0.05 * text.length(), 0.2 * text.length());
        double squares = 0;
        int clipped = 0;
        for (short sample : samples) {
            squares += (double) sample * sample;
            clipped += Math.abs(sample) >= Short.MAX_VALUE ? 1 : 0;
        }
        assertThat(Math.sqrt(squares / samples.length)).as("RMS").isGreaterThan(1000);
        assertThat((double) clipped / samples.length).as("clipped share").isLessThan(0.001);
    }
}
