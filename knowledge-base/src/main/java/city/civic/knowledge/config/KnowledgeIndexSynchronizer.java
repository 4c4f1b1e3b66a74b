package city.civic.knowledge.config;

import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.store.JdbcAnswers;
import city.civic.knowledge.store.JdbcAnswers.LiveState;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's derived index in step with the database, the one truth every instance shares: a full
 * rebuild when the database's fingerprint differs from the index's (first start, restored backup), then every
 * {@code refresh} the answers whose live state changed since the last look, whoever published them. A publish on
 * this instance is indexed at once, after its commit. Polling rather than a broker message: an instance that was
 * down or cut off catches up by the same path, and publishing needs no broker.
 */
public class KnowledgeIndexSynchronizer implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexSynchronizer.class);
    /** More changed answers than this at once (a pack import elsewhere) are cheaper as one rebuild. */
    private static final int MOST_SINGLE_UPDATES = 20;

    private final JdbcAnswers answers;
    private final LuceneKnowledgeIndex index;
    private final Duration refresh;
    private Map<AnswerKey, String> indexedStates = Map.of(); // guarded by this
    private ScheduledExecutorService poller;

    KnowledgeIndexSynchronizer(JdbcAnswers answers, LuceneKnowledgeIndex index, Duration refresh) {
        this.answers = answers;
        this.index = index;
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("civic.knowledge.index-refresh must be positive, not " + refresh);
        }
        this.refresh = refresh;
    }

    /** Runs once all beans exist, so content seeded during start-up is indexed before traffic arrives. */
    @Override
    public void afterSingletonsInstantiated() {
        synchronize();
    }

    /** Rebuilds the index if it does not reflect the database; returns whether it did. */
    public synchronized boolean synchronize() {
        Map<AnswerKey, String> states = statesByKey(answers.liveStates());
        String fingerprint = answers.fingerprint();
        indexedStates = states;
        if (fingerprint.equals(index.fingerprint())) {
            return false;
        }
        var published = answers.published();
        long started = System.nanoTime();
        index.rebuild(published, fingerprint);
        log.info("knowledge.reindexed answers={} documents={} ms={}", published.size(), index.documentCount(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Indexes the answers published or archived since the last look, on any instance; returns how many. */
    public synchronized int catchUp() {
        Map<AnswerKey, String> states = statesByKey(answers.liveStates());
        List<AnswerKey> changed = changedSince(states);
        if (changed.isEmpty()) {
            return 0;
        }
        if (changed.size() > MOST_SINGLE_UPDATES) {
            synchronize();
            return changed.size();
        }
        String fingerprint = answers.fingerprint();
        for (AnswerKey key : changed) {
            answers.find(key.id(), key.lang()).ifPresent(answer -> index.update(answer, fingerprint));
            log.info("knowledge.answer.indexed id={} lang={}", key.id(), key.lang());
        }
        indexedStates = states;
        return changed.size();
    }

    private List<AnswerKey> changedSince(Map<AnswerKey, String> states) {
        return states.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(indexedStates.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<AnswerKey, String> statesByKey(List<LiveState> states) {
        var byKey = new HashMap<AnswerKey, String>();
        states.forEach(s -> byKey.put(new AnswerKey(s.id(), s.lang()), s.state()));
        return byKey;
    }

    private record AnswerKey(String id, String lang) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnswerPublished event) {
        catchUp();
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "knowledge-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = refresh.toMillis();
        poller.scheduleWithFixedDelay(this::catchUpQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) { // the database away: the next look catches up
            log.warn("knowledge.index.refresh.failed reason={}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
