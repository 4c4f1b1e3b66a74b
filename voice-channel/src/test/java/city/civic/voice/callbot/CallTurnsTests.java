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
import city.civic.voice.calls.CallOutcome;
import city.civic.voice.calls.InMemoryCalls;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The turn loop with a line whose audio is out at once: silences reach the engine, which decides. */
class CallTurnsTests {

    static final Duration WAIT = Duration.ofSeconds(5);

    final List<String> said = new CopyOnWriteArrayList<>();
    final List<Utterance> handled = new CopyOnWriteArrayList<>();
    final InMemoryCalls calls = new InMemoryCalls(Clock.systemUTC(), Duration.ofMinutes(5));
    final Call call = calls.open("conv-1", new CallLine("01012345678", "1.1", "PJSIP/trunk-1", "2114"), Language.EN,
            List.of(new Reply("Hello!", "en", "greeting", 1, null, null, List.of("Report a problem"), false)));
    final CallSession session;
    final Thread callThread;

    CallTurnsTests() {
        CallbotProperties s = CallFixtures.SETTINGS;
        CallbotProperties settings = new CallbotProperties(s.queue(), Duration.ofMillis(200), Duration.ofMillis(200),
                s.endOfSpeechSilence(), s.patientEndOfSpeechSilence(), s.maxUtterance(), s.bargeInProtection(),
                s.bargeInSpeech(), s.minConfidence(), s.keyTimeout(), s.speechFloorDbfs(), s.speechMarginDb());
        session = new CallSession(call, new InstantOutput(), new SilenceRule(), calls,
                new CallSessionTests.FakeRecognizer(), (sentence, rate) -> {
                    said.add(sentence);
                    return new short[1];
                }, settings, CallFixtures.metrics(), () -> PlaceGrammar.of(List.of(), Map.of(), word -> true));
        callThread = new Thread(session, "call");
    }

    @AfterEach
    void hangUp() throws InterruptedException {
        session.onHangup();
        callThread.join(WAIT.toMillis());
    }

    @Test
    void aSilentCallerHearsTheEnginesWordsWithTheQuestionAgainThenGoesToAPerson() {
        callThread.start();

        await().atMost(WAIT).until(() -> calls.find(call.botUuid()).orElseThrow().decided().isPresent());

        assertThat(handled).extracting(Utterance::kind).containsExactly(Utterance.Kind.SILENCE,
                Utterance.Kind.SILENCE);
        assertThat(said).containsSubsequence("Sorry, I didn't hear anything.",
                "Ask a question, report a problem, or press 0 for a counsellor.", "For Report a problem, press 1.",
                "To talk to a counsellor, press 0.", "I still can't hear you.");
        assertThat(calls.find(call.botUuid()).orElseThrow().decided().orElseThrow().route())
                .isEqualTo(CallOutcome.Route.QUEUE);
    }

    @Test
    void aKeyIsTheCallersTurn() {
        callThread.start();
        session.onDtmf('1');

        await().atMost(WAIT).until(() -> !handled.isEmpty());

        assertThat(handled.get(0)).isEqualTo(new Utterance("Report a problem", null, null, "1"));
    }

    /** The engine's rule, in small: asked again after one silence, a person after the second. */
    final class SilenceRule implements Conversations {
        @Override
        public Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId) {
            return Optional.empty(); // a call sends no client message ids
        }

        @Override
        public List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
            handled.add(utterance);
            if (utterance.kind() != Utterance.Kind.SILENCE) {
                return List.of(new Reply("Which problem?", "en", "report", 1, null, null, List.of(), false));
            }
            boolean second = handled.stream().filter(u -> u.kind() == Utterance.Kind.SILENCE).count() == 2;
            return List.of(second ? new Reply("I still can't hear you.", "en", "agent.request", 1, null, null,
                    List.of(), true) : new Reply("Sorry, I didn't hear anything.", "en", "reprompt", 0, null, null,
                    List.of(), false));
        }

        @Override
        public StartedConversation start(Channel channel, Language language) {
            throw new UnsupportedOperationException();
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

    /** A line whose audio is out as soon as it is queued. */
    static final class InstantOutput implements CallOutput {
        @Override
        public void play(short[] samples, int sampleRate) {
        }

        @Override
        public void interrupt() {
        }

        @Override
        public boolean isPlaying() {
            return false;
        }

        @Override
        public long queuedMillis() {
            return 0;
        }

        @Override
        public void hangUp() {
        }
    }
}
