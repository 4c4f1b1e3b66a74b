package city.civic.admin.console;

import city.civic.admin.tickets.ConsoleProperties;
import city.civic.admin.tickets.TicketDesk;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

/**
 * Wires the console. The city's time zone is read from {@code civic.dialog.time-zone} itself, as the Open311
 * endpoint does, since the dialog module's properties are internal to it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    @Bean
    ConsoleCards consoleCards(TicketDesk desk, ITemplateEngine templates,
            @Value("${civic.dialog.time-zone:Asia/Seoul}") String timeZone) {
        return new ConsoleCards(desk, templates, ZoneId.of(timeZone));
    }

    @Bean
    ConsoleEvents consoleEvents(TicketDesk desk, ConsoleCards cards, ConsoleProperties properties) {
        return new ConsoleEvents(desk, cards, properties.eventsTimeout(), properties.heartbeat());
    }

    @Bean
    ConsolePages consolePages(TicketDesk desk, ConsoleCards cards, ConsoleProperties properties) {
        return new ConsolePages(desk, cards, properties);
    }
}
