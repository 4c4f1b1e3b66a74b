package city.civic.admin.open311;

import city.civic.tickets.Tickets;
import city.civic.dialog.content.CityContent;
import city.civic.knowledge.Departments;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the GeoReport v2 endpoint from the dialog engine's ports. The city's time zone is read from
 * {@code civic.dialog.time-zone} itself rather than from {@code DialogProperties}, whose package is
 * internal to the dialog module (Spring Modulith would flag the dependency).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
class Open311Configuration {

    @Bean
    Open311Time open311Time(@Value("${civic.dialog.time-zone:Asia/Seoul}") String timeZone) {
        return new Open311Time(ZoneId.of(timeZone));
    }

    @Bean
    ServiceCatalog open311ServiceCatalog(CityContent content, Departments departments) {
        return new ServiceCatalog(content, departments);
    }

    @Bean
    ServiceRequests open311ServiceRequests(Tickets tickets, ServiceCatalog catalog, Open311Time time,
            ObjectProvider<Clock> clock) {
        return new ServiceRequests(tickets, catalog, time, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    RequestIntake open311RequestIntake(Tickets tickets, ServiceCatalog catalog, CityContent content,
            Open311Properties properties, ApplicationEventPublisher events,
            ObjectProvider<TransactionOperations> transactions) {
        return new RequestIntake(tickets, catalog, content, new ApiKeys(properties.apiKeys()), events,
                transactions.getIfUnique(TransactionOperations::withoutTransaction));
    }
}
