package city.civic.dialog.config;

import city.civic.dialog.Places;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.CityContentInitializer;
import city.civic.dialog.content.JdbcCityContent;
import city.civic.dialog.engine.DialogEngine;
import city.civic.dialog.engine.CounsellorDesk;
import city.civic.dialog.engine.DialogEngineFactory;
import city.civic.dialog.handoff.CounsellorHours;
import city.civic.dialog.handoff.Counsellors;
import city.civic.dialog.handoff.HandoffProperties;
import city.civic.dialog.handoff.HandoffQueue;
import city.civic.dialog.nlu.LiveIntentClassifier;
import city.civic.integrations.CctvIncidents;
import city.civic.integrations.SignalStatus;
import city.civic.integrations.TrafficInfo;
import city.civic.knowledge.Departments;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.UnansweredQuestions;
import city.civic.tickets.Tickets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DialogProperties.class, HandoffProperties.class})
public class DialogConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcCityContent cityContent(JdbcClient jdbc, JsonMapper json) {
        return new JdbcCityContent(jdbc, json);
    }

    @Bean
    DialogEngineFactory dialogEngineFactory(CityContent content, ObjectProvider<CityContentInitializer> initializers,
            city.civic.knowledge.TextEmbedder embedder, KnowledgeSearch knowledge, UnansweredQuestions unanswered,
            Departments departments, Tickets tickets, ObjectProvider<TrafficInfo> traffic,
            ObjectProvider<SignalStatus> signals, ObjectProvider<CctvIncidents> cctv, JdbcClient jdbc,
            TransactionTemplate transactions, JsonMapper json, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<MeterRegistry> meters, DialogProperties properties, Counsellors counsellors) {
        initializers.orderedStream().forEach(CityContentInitializer::initialize);
        return new DialogEngineFactory(content, embedder, knowledge, unanswered, departments, tickets,
                traffic.getIfAvailable(), signals.getIfAvailable(), cctv.getIfAvailable(), jdbc, transactions, json, events, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new), properties, counsellors);
    }

    /** Hand-offs: their queue, counsellors' hours in the city's time zone, where callback requests go. */
    @Bean
    Counsellors counsellors(JdbcClient jdbc, JsonMapper json, HandoffProperties handoff, DialogProperties dialog) {
        return new Counsellors(new HandoffQueue(jdbc, json),
                new CounsellorHours(handoff.hours(), handoff.holidays(), dialog.timeZone()),
                handoff.callbackServiceCode(), handoff.callbackDepartment());
    }

    @Bean
    CounsellorDesk handoffs(DialogEngineFactory factory) {
        return factory.desk();
    }

    @Bean
    DialogEngine dialogEngine(DialogEngineFactory factory) {
        return factory.engine();
    }

    @Bean
    LiveIntentClassifier liveIntentClassifier(DialogEngineFactory factory) {
        return factory.intents();
    }

    @Bean
    Places places(DialogEngineFactory factory) {
        return factory.places();
    }
}
