package city.civic.voice.callbot;

import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.voice.audiosocket.CallAudio;
import city.civic.voice.audiosocket.CallAudioHandlers;
import city.civic.voice.audiosocket.CallOutput;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Answers the calls that call control ({@code start}) registered: each AudioSocket connection whose UUID
 * is a known {@code BOT_UUID} gets a {@link CallSession} on a thread of its own.
 */
public final class Callbot implements CallAudioHandlers, AutoCloseable {

    /** The city's place names as callers say them: what the line listens for when a place is asked. */
    public PlaceGrammar placeGrammar() {
        return places.get();
    }

    /** Calls being answered now. */
    public int activeCalls() {
        return answering.size();
    }


    private final Calls calls;
    private final Conversations conversations;
    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer voice;
    private final CallbotProperties settings;
    private final VoiceMetrics metrics;
    private final Supplier<PlaceGrammar> places;
    private final ExecutorService callThreads;
    private final Set<String> answering = ConcurrentHashMap.newKeySet();

    /** @param places the city's place names as callers say them; built when a call first asks for a place */
    Callbot(Calls calls, Conversations conversations, SpeechRecognizer recognizer, SpeechSynthesizer voice,
            CallbotProperties settings, MeterRegistry registry, Supplier<PlaceGrammar> places) {
        this.calls = calls;
        this.conversations = conversations;
        this.recognizer = recognizer;
        this.voice = voice;
        this.settings = settings;
        this.callThreads = Executors.newCachedThreadPool(named("callbot-call-"));
        this.metrics = new VoiceMetrics(registry, answering::size);
        this.places = places;
    }

    /**
     * Synthesizes the fixed prompts once, so they come from the cache and the synthesizer's code is
     * compiled before the first caller waits on it.
     */
    public void warmUp(Language language, int sampleRate) {
        VoicePrompts prompts = new VoicePrompts(language);
        SpokenReplies spoken = new SpokenReplies(prompts);
        prompts.fixed().stream().flatMap(prompt -> spoken.sentences(prompt).stream())
                .forEach(sentence -> voice.speak(sentence, sampleRate)); // the cache holds sentences
    }

    @Override
    public Optional<CallAudio> open(UUID callId, CallOutput output) {
        String botUuid = callId.toString();
        Optional<Call> call = calls.find(botUuid);
        if (call.isEmpty() || call.get().decided().isPresent() || !answering.add(botUuid)) {
            return Optional.empty(); // unknown, already done, or a second leg for a call being answered
        }
        CallSession session = new CallSession(call.get(), output, conversations, calls, recognizer, voice,
                settings, metrics, places);
        callThreads.execute(() -> {
            try {
                session.run();
            } finally {
                answering.remove(botUuid);
            }
        });
        return Optional.of(session);
    }

    @Override
    public void close() throws InterruptedException {
        callThreads.shutdownNow();
        callThreads.awaitTermination(2, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
