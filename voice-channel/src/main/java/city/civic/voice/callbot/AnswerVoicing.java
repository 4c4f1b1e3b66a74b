package city.civic.voice.callbot;

import city.civic.dialog.AnswerWentLive;
import city.civic.dialog.Language;
import city.civic.dialog.LiveAnswers;
import city.civic.voice.speech.SpeechSynthesizer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * about a second). It works only while no call is in progress: MaryTTS serves one request at a time, and
 * a caller must never wait behind the cache being filled.
 */
final class AnswerVoicing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerVoicing.class);
    private static final long IDLE_CHECK_MILLIS = 500;

    private final LiveAnswers answers;
    private final SpeechSynthesizer voice;
    private final SpokenReplies spoken;
    private final Language language;
    private final IntSupplier callsInProgress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "callbot-answer-voicing");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    AnswerVoicing(LiveAnswers answers, SpeechSynthesizer voice, Language language, IntSupplier callsInProgress) {
        this.answers = answers;
        this.voice = voice;
        this.language = language;
        this.callsInProgress = callsInProgress;
        this.spoken = new SpokenReplies(new VoicePrompts(language));
    }

    @EventListener(ApplicationReadyEvent.class)
    void voiceAllPublished() {
        worker.execute(() -> {
            long started = System.nanoTime();
            List<String> texts = answers.texts(language);
            texts.forEach(this::voice);
            int voiced = texts.size();
            log.info("voice.answers-voiced answers={} ms={}", voiced, (System.nanoTime() - started) / 1_000_000);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnswerWentLive published) {
        if (language == published.language()) {
            worker.execute(() -> voice(published.text()));
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
        worker.shutdownNow();
    }
}
