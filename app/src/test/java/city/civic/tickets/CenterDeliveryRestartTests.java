package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.CivicContactApplication;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import city.civic.integrations.center.simulator.SimulatedCenter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application stops while tickets are still in its outbox (two sent but never acknowledged, one
 * never sent because the center was down); a new instance on the same database delivers every one of
 * them, once.
 */
class CenterDeliveryRestartTests {

    final SimulatedCenter center = new SimulatedCenter(0, Clock.systemUTC());
    final String run = UUID.randomUUID().toString();

    @AfterEach
    void stopCenter() {
        center.close();
    }

    @Test
    void everyTicketInTheOutboxArrivesOnceAfterARestart() throws Exception {
        var filed = new ArrayList<Ticket>();
        try (ConfigurableApplicationContext first = start()) {
            Tickets tickets = first.getBean(Tickets.class);
            center.delay(1500);
            filed.add(file(tickets, "Lamp post leaning over the road"));
            filed.add(file(tickets, "Pothole by the market entrance"));
            await().atMost(Duration.ofSeconds(15)).until(() -> arrived(filed.get(0)) + arrived(filed.get(1)) == 2);
            center.down(true);
            filed.add(file(tickets, "Signal dark at the crossing"));
            Thread.sleep(1000);
        }
        assertThat(arrived(filed.get(2))).isZero();
        center.down(false);
        center.delay(0);

        try (ConfigurableApplicationContext second = start()) {
            Tickets tickets = second.getBean(Tickets.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> filed.stream()
                    .allMatch(t -> tickets.find(t.id()).orElseThrow().centerRequestId() != null));
            Thread.sleep(1000);
            assertThat(filed).allSatisfy(t -> assertThat(arrived(t)).isEqualTo(1));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CivicContactApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:./target/it-data/restart-" + run + "/civic",
                "--civic.knowledge.index-directory=target/it-data/restart-" + run + "/index",
                "--civic.integrations.center.mode=open311",
                "--civic.integrations.center.base-url=" + center.baseUrl(),
                "--civic.integrations.center.timeout=1s",
                "--civic.integrations.center.breaker-wait-in-open=1s",
                "--civic.dialog.delivery.interval=200ms",
                "--civic.dialog.delivery.lease=1s",
                "--civic.dialog.delivery.first-backoff=300ms",
                "--civic.dialog.delivery.max-backoff=1s",
                "--civic.voice.enabled=false",
                "--civic.voice.fastagi.enabled=false",
                "--civic.voice.audiosocket.enabled=false");
    }

    private static Ticket file(Tickets tickets, String description) {
        return tickets.file(new Tickets.NewTicket("road-damage", "road.damage.report", "road-maintenance",
                description, null, "Gyeongan-ro", null, null, null, null, "en", TicketChannel.PHONE, null));
    }

    private long arrived(Ticket ticket) {
        List<SimulatedCenter.Request> requests = center.requests();
        return requests.stream().filter(r -> ticket.id().equals(r.attributes().get("platform_ticket_id"))).count();
    }
}
