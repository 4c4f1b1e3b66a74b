package city.civic.knowledge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.store.JdbcAnswers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances over one database, each with its own index, as behind a load balancer: what an official publishes
 * or archives through A reaches B's index, by B's own look at the database.
 */
class KnowledgeIndexSynchronizerTests {

    static final String QUESTION = "Can I borrow a telescope?";
    static MiniLmTextEmbedder embedder;

    JdbcAnswers throughA;
    Instance b;

    @BeforeAll
    static void loadModel() {
        embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), 1000);
    }

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into department (id, name_en, name_ko) values ('culture-sports', 'Culture', '문화체육과')")
                .update();
        throughA = new JdbcAnswers(jdbc, event -> { }, Clock.systemUTC());
        b = new Instance(new JdbcAnswers(jdbc, event -> { }, Clock.systemUTC()), Duration.ofMillis(50));
        b.synchronizer.synchronize();
    }

    @AfterEach
    void stop() {
        b.synchronizer.stop();
    }

    @Test
    void anAnswerPublishedOnAnotherInstanceIsFoundAfterTheNextLook() {
        assertThat(b.search(QUESTION)).isEmpty();

        publishTelescope("Reserve one online; the observatory lends it for a week.");

        assertThat(b.synchronizer.catchUp()).isEqualTo(1);
        assertThat(b.search(QUESTION)).singleElement()
                .satisfies(hit -> assertThat(hit.text()).contains("lends it for a week"));
        assertThat(b.synchronizer.catchUp()).as("nothing new since").isZero();
    }

    @Test
    void aNewVersionAndAnArchiveOnAnotherInstanceReplaceAndRemoveIt() {
        publishTelescope("First text.");
        b.synchronizer.catchUp();

        throughA.save(telescope("Second text, for two weeks."), 3, "official-lee");
        throughA.move("faq.telescope", "en", AnswerStatus.REVIEW, 4, "official-lee");
        throughA.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 5, "reviewer-park");
        b.synchronizer.catchUp();
        assertThat(b.search(QUESTION)).singleElement()
                .satisfies(hit -> assertThat(hit.text()).isEqualTo("Second text, for two weeks."));

        throughA.move("faq.telescope", "en", AnswerStatus.ARCHIVED, 6, "reviewer-park");
        assertThat(b.synchronizer.catchUp()).isEqualTo(1);
        assertThat(b.search(QUESTION)).isEmpty();
    }

    @Test
    void theRunningInstanceLooksByItself() throws InterruptedException {
        b.synchronizer.start();
        publishTelescope("Reserve one online.");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (b.search(QUESTION).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(b.search(QUESTION)).hasSize(1);
    }

    @Test
    void aRefreshThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new Instance(throughA, Duration.ZERO))
                .hasMessageContaining("civic.knowledge.index-refresh");
    }

    private void publishTelescope(String text) {
        throughA.save(telescope(text), AnswerCuration.NEW, "official-kim");
        throughA.move("faq.telescope", "en", AnswerStatus.REVIEW, 1, "official-kim");
        throughA.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 2, "reviewer-park");
    }

    private static Answer telescope(String text) {
        return new Answer("faq.telescope", "en", "culture", "culture-sports", QUESTION,
                List.of("Where do I rent a telescope?"), text, AnswerStatus.DRAFT);
    }

    private static final class Instance {
        final LuceneKnowledgeIndex index =
                new LuceneKnowledgeIndex(new ByteBuffersDirectory(), embedder, 0.5, Map.of("en", 0.6));
        final KnowledgeIndexSynchronizer synchronizer;

        Instance(JdbcAnswers answers, Duration refresh) {
            synchronizer = new KnowledgeIndexSynchronizer(answers, index, refresh);
        }

        List<KnowledgeHit> search(String question) {
            return index.search(question, "en", 3);
        }
    }
}
