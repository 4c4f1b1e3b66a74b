package city.civic.knowledge.unanswered;

import city.civic.knowledge.TextEmbedder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The unanswered questions' queue: recorded by the dialog engine, read and resolved by officials. */
@Configuration(proxyBeanMethods = false)
class UnansweredConfiguration {

    @Bean
    JdbcUnansweredQuestions unansweredQuestions(JdbcClient jdbc, TransactionTemplate transactions,
            TextEmbedder embedder, ObjectProvider<Clock> clock) {
        return new JdbcUnansweredQuestions(jdbc, transactions, new QuestionFeatures(embedder),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    JdbcUnansweredQueue unansweredQueue(JdbcClient jdbc, JdbcUnansweredQuestions questions) {
        return new JdbcUnansweredQueue(jdbc, questions);
    }
}
