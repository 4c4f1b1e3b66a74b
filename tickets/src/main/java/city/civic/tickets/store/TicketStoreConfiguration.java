package city.civic.tickets.store;

import city.civic.integrations.CenterGateway;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the tickets: the store, the staff workflow, retention, and the outbox to the center with its status sync. The
 * city's time zone (in ticket numbers) is the dialog's setting, {@code civic.dialog.time-zone}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketDeliveryProperties.class)
class TicketStoreConfiguration {

    private final ZoneId zone;

    TicketStoreConfiguration(@Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone) {
        this.zone = zone;
    }

    @Bean
    JdbcTickets tickets(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
        return new JdbcTickets(jdbc, transactions, clock.getIfAvailable(Clock::systemUTC), zone);
    }

    @Bean
    JdbcTicketWorkflow ticketWorkflow(JdbcTickets tickets, JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        return new JdbcTicketWorkflow(tickets, jdbc, transactions, events, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    JdbcTicketRetention ticketRetention(JdbcClient jdbc, TransactionTemplate transactions,
            ObjectProvider<Clock> clock) {
        return new JdbcTicketRetention(jdbc, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    /** city-integrations always provides the center: simulated by default, Open311 in production. */
    @Bean
    TicketDeliveryScheduler ticketDeliveryScheduler(JdbcClient jdbc, CenterGateway center, JdbcTicketWorkflow workflow,
            TransactionTemplate transactions, ApplicationEventPublisher events, ObjectProvider<Clock> clocks,
            ObjectProvider<MeterRegistry> meters, TicketDeliveryProperties delivery) {
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        var worker = new TicketDelivery(jdbc, transactions, center, zone, delivery);
        meters.ifAvailable(registry -> registerOutboxGauges(worker, registry));
        return new TicketDeliveryScheduler(worker,
                new TicketStatusSync(jdbc, center, workflow, transactions, events, clock, zone),
                delivery.interval(), delivery.statusInterval());
    }

    private static void registerOutboxGauges(TicketDelivery worker, MeterRegistry registry) {
        Gauge.builder("civic.tickets.outbox.waiting", worker, w -> w.backlog().waiting())
                .description("Tickets not yet delivered to the Smart City Center").register(registry);
        Gauge.builder("civic.tickets.outbox.oldest.seconds", worker, w -> w.backlog().oldestSeconds())
                .description("How long the oldest undelivered ticket has waited").register(registry);
        Gauge.builder("civic.tickets.outbox.rejected", worker, w -> w.backlog().rejected())
                .description("Tickets the center refused; operators must look at them").register(registry);
        Gauge.builder("civic.tickets.outbox.held", worker, w -> w.backlog().held())
                .description("Deliveries held for staff: a token never resolved or searches were refused")
                .register(registry);
    }
}
