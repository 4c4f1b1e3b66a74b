package city.civic.voice.callbot;

import city.civic.dialog.AnswerWentLive;
import city.civic.dialog.Language;
import city.civic.dialog.LiveAnswers;
import city.civic.voice.speech.SpeechSynthesizer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Synthesizes the published answers ahead of the callers who will ask for them, in the background at
 * start and again when an answer is published: curated answers are the bulk of what the line says, and
 * from the cache their first audio goes out without waiting for MaryTTS (a long first phrase takes it
 * about a second). It works only while no call is in progress: MaryTTS's systems are few (one request
 * at a time each), and a caller must never wait behind the cache being filled.
 */
final class AnswerVoicing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerVoicing.class);
    private static final long IDLE_CHECK_MILLIS = 500;

    private final LiveAnswers answers;
    private final SpeechSynthesizer voice;
    private final SpokenReplies spoken;
    private final Language language;
    private final IntSupplier callsInProgress;
    private final ExecutorService workers;

    /** @param workers answers voiced at once: as many as MaryTTS has systems */
    AnswerVoicing(LiveAnswers answers, SpeechSynthesizer voice, Language language, IntSupplier callsInProgress,
            int workers) {
        this.answers = answers;
        this.voice = voice;
        this.language = language;
        this.callsInProgress = callsInProgress;
        this.spoken = new SpokenReplies(new VoicePrompts(language));
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "callbot-answer-voicing-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void voiceAllPublished() {
        long started = System.nanoTime();
        CompletableFuture.supplyAsync(() -> answers.texts(language), workers).thenCompose(texts -> CompletableFuture
                .allOf(texts.stream().map(text -> CompletableFuture.runAsync(() -> voice(text), workers))
                        .toArray(CompletableFuture[]::new))
                .thenRun(() -> log.info("voice.answers-voiced answers={} ms={}", texts.size(),
                        (System.nanoTime() - started) / 1_000_000)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnswerWentLive published) {
        if (language == published.language()) {
            workers.execute(() -> voice(published.text()));
        }
    }

    private void voice(String answer) {
        for (String phrase : spoken.sentences(answer)) {
            try {
                while (callsInProgress.getAsInt() > 0) {
                    Thread.sleep(IDLE_CHECK_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            voice.speak(phrase, 8000);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
