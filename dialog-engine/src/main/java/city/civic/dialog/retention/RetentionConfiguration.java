package city.civic.dialog.retention;

import city.civic.knowledge.UnansweredQuestions;
import city.civic.tickets.TicketRetention;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    @Bean
    Retention retention(JdbcClient jdbc, TransactionTemplate transactions, UnansweredQuestions unanswered,
            TicketRetention tickets, RetentionProperties properties, Clock clock) {
        return new Retention(jdbc, transactions, unanswered, tickets, properties, clock);
    }

    @Bean
    RetentionSchedule retentionSchedule(Retention retention, RetentionProperties properties) {
        return new RetentionSchedule(retention, properties.interval());
    }
}
