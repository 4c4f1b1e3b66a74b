package city.civic.dialog.insights;

import city.civic.dialog.config.DialogProperties;
import city.civic.tickets.TicketWorkflow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class InsightsConfiguration {

    @Bean
    JdbcConversationInsights conversationInsights(JdbcClient jdbc, TicketWorkflow tickets, DialogProperties properties) {
        return new JdbcConversationInsights(jdbc, tickets, properties.timeZone());
    }
}
