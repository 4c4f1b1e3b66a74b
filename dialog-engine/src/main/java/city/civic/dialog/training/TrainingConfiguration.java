package city.civic.dialog.training;

import city.civic.dialog.config.DialogProperties;
import city.civic.dialog.nlu.LiveIntentClassifier;
import city.civic.knowledge.TextEmbedder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officials' intent curation: one background thread trains (never on a citizen's turn) and, every half
 * minute, looks whether another instance activated a model, so that all instances answer alike.
 */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TrainingConfiguration.class);
    static final Duration REFRESH = Duration.ofSeconds(30);

    /** The thread is not a bean: an executor bean would stand in for Spring Boot's own task executor. */
    @Bean(destroyMethod = "close")
    CuratedIntentTraining intentTraining(JdbcClient jdbc, TransactionTemplate transactions, TextEmbedder embedder,
            LiveIntentClassifier classifier, DialogProperties properties, Clock clock) {
        ScheduledExecutorService intentTrainingThread = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "intent-training");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        var store = new JdbcIntentExamples(jdbc);
        var runs = new RetrainingRuns(store, new JdbcActivations(jdbc), transactions,
                new HeldOutComparison(embedder, properties.intentThreshold()), classifier, intentTrainingThread, clock);
        intentTrainingThread.scheduleWithFixedDelay(() -> {
            try {
                runs.refreshIfActivatedElsewhere();
            } catch (RuntimeException e) {
                log.warn("intents.refresh_failed", e);
            }
        }, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        return new CuratedIntentTraining(store, new ExampleCuration(store, clock), runs, clock.instant(),
                intentTrainingThread::shutdownNow);
    }
}
