package city.civic.knowledge.config;

import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.embedding.BgeSmallTextEmbedder;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.lucene.Ranker;
import city.civic.knowledge.lucene.Ranking;
import city.civic.knowledge.store.JdbcAnswers;
import city.civic.knowledge.store.JdbcDepartments;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.apache.lucene.store.FSDirectory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
public class KnowledgeConfiguration {

    /** all-MiniLM-L6-v2: intents and unanswered-question groups. */
    @Bean
    TextEmbedder textEmbedder(KnowledgeProperties properties) {
        return new MiniLmTextEmbedder(batchThreads(), properties.embeddingCacheSize());
    }

    /** Answers are found with bge-small-en-v1.5, which ranks them better (see eval-retrieval in the README). */
    @Bean(destroyMethod = "close")
    LuceneKnowledgeIndex knowledgeIndex(KnowledgeProperties properties) throws IOException {
        Files.createDirectories(properties.indexDirectory());
        var embedder = new BgeSmallTextEmbedder(batchThreads(), properties.embeddingCacheSize());
        return new LuceneKnowledgeIndex(FSDirectory.open(properties.indexDirectory()), embedder, Map.of(
                "en", new Ranker(Ranking.HYBRID, properties.denseWeightEn(), properties.confidenceThresholdEn(),
                        properties.marginEn()),
                "ko", new Ranker(Ranking.HYBRID, properties.denseWeightKo(), properties.confidenceThresholdKo(),
                        properties.marginKo())));
    }

    private static ExecutorService batchThreads() {
        return CachedTextEmbedder.batchThreads(Runtime.getRuntime().availableProcessors());
    }

    @Bean
    JdbcAnswers answers(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        return new JdbcAnswers(jdbc, events, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    JdbcDepartments departments(JdbcClient jdbc) {
        return new JdbcDepartments(jdbc);
    }

    @Bean
    KnowledgeIndexSynchronizer knowledgeIndexSynchronizer(JdbcAnswers answers, LuceneKnowledgeIndex index,
            KnowledgeProperties properties) {
        return new KnowledgeIndexSynchronizer(answers, index, properties.indexRefresh());
    }
}
