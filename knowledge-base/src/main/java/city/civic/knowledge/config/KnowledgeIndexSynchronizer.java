package city.civic.knowledge.config;

import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.store.JdbcAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the derived index in step with the database: a full rebuild when the database's fingerprint
 * differs from the index's (first start, restored backup, edits by another instance), and a single
 * answer's update after each publish commits.
 */
public class KnowledgeIndexSynchronizer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexSynchronizer.class);

    private final JdbcAnswers answers;
    private final LuceneKnowledgeIndex index;

    KnowledgeIndexSynchronizer(JdbcAnswers answers, LuceneKnowledgeIndex index) {
        this.answers = answers;
        this.index = index;
    }

    /** Runs once all beans exist, so content seeded during start-up is indexed before traffic arrives. */
    @Override
    public void afterSingletonsInstantiated() {
        synchronize();
    }

    /** Rebuilds the index if it does not reflect the database; returns whether it did. */
    public boolean synchronize() {
        String fingerprint = answers.fingerprint();
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnswerPublished event) {
        answers.find(event.answerId(), event.lang())
                .ifPresent(answer -> index.update(answer, answers.fingerprint()));
        log.info("knowledge.answer.indexed id={} lang={}", event.answerId(), event.lang());
    }
}
