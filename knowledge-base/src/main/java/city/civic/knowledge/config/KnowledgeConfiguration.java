package city.civic.knowledge.config;

import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.store.JdbcAnswers;
import city.civic.knowledge.store.JdbcDepartments;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
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

    @Bean
    TextEmbedder textEmbedder(KnowledgeProperties properties) {
        var batchThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            var thread = new Thread(r, "embedding-batch");
            thread.setDaemon(true);
            return thread;
        });
        return new MiniLmTextEmbedder(batchThreads, properties.embeddingCacheSize());
    }

    @Bean(destroyMethod = "close")
    LuceneKnowledgeIndex knowledgeIndex(KnowledgeProperties properties, TextEmbedder embedder) throws IOException {
        Files.createDirectories(properties.indexDirectory());
        return new LuceneKnowledgeIndex(FSDirectory.open(properties.indexDirectory()), embedder,
                properties.confidenceThreshold(),
                Map.of("en", properties.denseWeightEn(), "ko", properties.denseWeightKo()));
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
    KnowledgeIndexSynchronizer knowledgeIndexSynchronizer(JdbcAnswers answers, LuceneKnowledgeIndex index) {
        return new KnowledgeIndexSynchronizer(answers, index);
    }
}
