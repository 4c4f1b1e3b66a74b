package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.dialog.Channel;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import city.civic.voice.audiosocket.CallOutput;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallLine;
import city.civic.voice.calls.InMemoryCalls;
import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import city.civic.voice.speech.Transcription;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One call's turn-taking against fakes: the line's audio is fed frame by frame as the AudioSocket
 * connection would, what the bot says is recorded as text, and the prompt plays until the test ends it.
 */
class CallSessionTests {

    static final int RATE = 8000;
    static final Duration WAIT = Duration.ofSeconds(5);

    final FakeOutput output = new FakeOutput();
    final FakeConversations conversations = new FakeConversations();
    final FakeRecognizer recognizer = new FakeRecognizer();
    final List<String> said = new CopyOnWriteArrayList<>();
    final InMemoryCalls calls = new InMemoryCalls(Clock.systemUTC(), Duration.ofMinutes(5));
    final Thread callThread;
    final CallSession session;

    CallSessionTests() {
        Reply chatGreeting = new Reply("Hello! I am the city's 24-hour assistant.", "en", "greeting", 1, null, null,
                List.of("Report a problem", "Talk to a counsellor"), false);
        Call call = calls.open("conv-1", new CallLine("01012345678", "1.1", "PJSIP/trunk-1", "2114"), Language.EN,
                List.of(chatGreeting));
        CallbotProperties settings = new CallbotProperties("counsellors", Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofMillis(1300), Duration.ofSeconds(15),
                Duration.ofMillis(300), Duration.ofMillis(200), 0.35, Duration.ofSeconds(3), -45, 12);
        SpeechSynthesizer voice = (sentence, rate) -> {
            said.add(sentence);
            return new short[rate / 10];
        };
        session = new CallSession(call, output, conversations, calls, recognizer, voice, settings,
                new VoiceMetrics(new SimpleMeterRegistry(), () -> 1),
                () -> PlaceGrammar.of(List.of(), Map.of(), word -> true));
        callThread = new Thread(session, "call");
    }

    @AfterEach
    void hangUp() throws InterruptedException {
        session.onHangup();
        callThread.join(WAIT.toMillis());
    }

    @Test
    void theCallerIsGreetedInOneShortLineAndTheMenuWaitsUntilItIsNeeded() {
        callThread.start();

        await().atMost(WAIT).until(() -> said.size() >= 2);
        assertThat(said).containsExactly("This is the city's 24-hour line.",
                "Ask a question, report a problem, or press 0 for a counsellor.");
    }

    @Test
    void wordsTooUnsureToStopThePromptForAreTheCallersTurnWhenItEnds() {
        callThread.start();
        await().atMost(WAIT).until(() -> said.size() >= 2);
        recognizer.next = new Transcription("city hall hours", 0.2, List.of());

        feed(silence(500));
        feed(tone(300)); // shorter than barge-in by level alone needs, and no word heard in it
        feed(silence(700)); // the caller's turn ends; the greeting still plays
        await().atMost(WAIT).until(() -> recognizer.finished.get() > 0);

        assertThat(output.interrupts.get()).as("the prompt goes on").isZero();
        assertThat(said).hasSize(2);
        output.playing.set(false); // the greeting is over

        await().atMost(WAIT).until(() -> said.size() > 3);
        assertThat(conversations.events).containsExactly(Utterance.Kind.NOT_UNDERSTOOD);
        assertThat(said.subList(2, 4)).containsExactly("Sorry, I didn't catch that.",
                "Could you say it again in a few words?");
    }

    @Test
    void aCallerWhoAsksForHelpHearsTheMenu() {
        callThread.start();
        await().atMost(WAIT).until(() -> said.size() >= 2);
        output.playing.set(false);
        recognizer.next = new Transcription("help", 0.9, List.of());

        feed(silence(500));
        feed(tone(500));
        feed(silence(700));

        await().atMost(WAIT).until(() -> said.size() >= 5);
        assertThat(said.subList(2, 5)).containsExactly("Say what you need in your own words, or use the keypad.",
                "For Report a problem, press 1.", "To talk to a counsellor, press 0.");
        assertThat(conversations.handled).isEmpty();
    }

    @Test
    void anAnswerEndsWithAnythingElseInsteadOfTheMenu() {
        callThread.start();
        await().atMost(WAIT).until(() -> said.size() >= 2);
        output.playing.set(false);
        recognizer.next = new Transcription("when does city hall open", 0.9, List.of());

        feed(silence(500));
        feed(tone(800));
        feed(silence(700));

        await().atMost(WAIT).until(() -> said.size() >= 4);
        assertThat(conversations.handled).containsExactly("when does city hall open");
        assertThat(said.subList(2, 4)).containsExactly("City Hall opens at nine.", "Anything else?");
    }

    private void feed(short[] audio) {
        for (int at = 0; at < audio.length; at += RATE / 50) {
            short[] frame = new short[RATE / 50];
            System.arraycopy(audio, at, frame, 0, Math.min(frame.length, audio.length - at));
            session.onAudio(frame, RATE);
        }
    }

    private static short[] silence(int millis) {
        return new short[RATE * millis / 1000];
    }

    private static short[] tone(int millis) {
        short[] tone = new short[RATE * millis / 1000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
        return tone;
    }

    /** Plays until the test says the prompt is over; counts interruptions. */
    static final class FakeOutput implements CallOutput {
        final AtomicBoolean playing = new AtomicBoolean();
        final AtomicInteger interrupts = new AtomicInteger();
        volatile boolean hungUp;

        @Override
        public void play(short[] samples, int sampleRate) {
            playing.set(true);
        }

        @Override
        public void interrupt() {
            interrupts.incrementAndGet();
            playing.set(false);
        }

        @Override
        public boolean isPlaying() {
            return playing.get();
        }

        @Override
        public long queuedMillis() {
            return 0;
        }

        @Override
        public void hangUp() {
            hungUp = true;
            playing.set(false);
        }
    }

    /** Hears {@link #next} in whatever utterance comes, with no word while it is being said. */
    static final class FakeRecognizer implements SpeechRecognizer {
        volatile Transcription next = Transcription.NOTHING;
        final AtomicInteger finished = new AtomicInteger();

        @Override
        public RecognitionStream open() {
            return new RecognitionStream() {
                @Override
                public boolean accept(short[] samples16k) {
                    return false;
                }

                @Override
                public String partial() {
                    return "";
                }

                @Override
                public Transcription result() {
                    return Transcription.NOTHING;
                }

                @Override
                public Transcription finish() {
                    finished.incrementAndGet();
                    return next;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public RecognitionStream open(Collection<String> phrases) {
            return open();
        }

        @Override
        public boolean knows(String word) {
            return true;
        }
    }

    /** Answers every question the same way and keeps what it was asked. */
    static final class FakeConversations implements Conversations {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final List<Utterance.Kind> events = new CopyOnWriteArrayList<>();

        @Override
        public StartedConversation start(Channel channel, Language language) {
            throw new UnsupportedOperationException("the call is already open");
        }

        @Override
        public Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId) {
            return Optional.empty(); // a call sends no client message ids
        }

        @Override
        public List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
            if (utterance.callEvent()) {
                events.add(utterance.kind());
                return List.of(new Reply("Sorry, I didn't catch that. Could you say it again in a few words?", "en",
                        "reprompt", 0, null, null, List.of(), false));
            }
            handled.add(utterance.text());
            return List.of(new Reply("City Hall opens at nine.", "en", "faq", 0.9, null, null,
                    List.of("Report a problem"), false));
        }

        @Override
        public Optional<Transcript> transcript(String conversationId) {
            return Optional.empty();
        }

        @Override
        public Optional<Transcript> keptTranscript(String conversationId) {
            return Optional.empty();
        }


        @Override
        public boolean ownedBy(String conversationId, String token) {
            return false;
        }
    }
}
