package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.IntegrationTest;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets;
import city.civic.tickets.TicketChannel;
import city.civic.integrations.center.simulator.SimulatedCenter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tickets travel from the platform's outbox into the simulated center over real HTTP, exactly once. */
@IntegrationTest
class CenterDeliveryIntegrationTests {

    @Autowired
    Tickets tickets;

    @Autowired
    SimulatedCenter center;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @AfterEach
    void healthyCenter() {
        center.down(false);
        center.delay(0);
    }

    @Test
    void aFiledTicketArrivesInTheCenterOnceWithThePlatformNumber() {
        Ticket ticket = file("road-damage", "road.damage.report", "Deep pothole in the right lane");

        await().atMost(Duration.ofSeconds(10)).until(() -> received(ticket).size() == 1);
        SimulatedCenter.Request request = received(ticket).get(0);
        assertThat(request.serviceCode()).isEqualTo(ticket.serviceCode());
        assertThat(request.attributes()).containsEntry("platform_ticket_id", ticket.id());
        assertThat(request.description()).startsWith("Deep pothole");
    }

    @Test
    void ticketsQueueWhileTheCenterIsDownAndArriveOnceWhenItIsBack() throws Exception {
        center.down(true);
        List<Ticket> queued = List.of(
                file("road-damage", "road.damage.report", "Sinkhole forming by the bus stop"),
                file("road-damage", "road.damage.report", "Broken guardrail on the bend"));
        Thread.sleep(1500);
        assertThat(queued).allSatisfy(t -> assertThat(received(t)).isEmpty());
        var admin = city.civic.security.StaffApi.admin(port);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DOWN".equals(
                admin.get("/actuator/health").body().get("components").get("smartCityCenter").get("status").asString()));
        assertThat(admin.get("/actuator/prometheus").raw().body()).contains("civic_tickets_outbox_waiting");

        center.down(false);

        await().atMost(Duration.ofSeconds(15)).until(() -> queued.stream().allMatch(t -> received(t).size() == 1));
        Thread.sleep(1000);
        assertThat(queued).allSatisfy(t -> assertThat(received(t)).hasSize(1));
    }

    @Test
    void aSubmissionThatTimedOutIsFoundAtTheCenterInsteadOfBeingFiledTwice() throws Exception {
        center.delay(1500);
        Ticket ticket = file("road-damage", "road.damage.report", "Manhole cover rattling loudly");

        await().atMost(Duration.ofSeconds(10)).until(() -> received(ticket).size() == 1);
        center.delay(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> centerId(ticket) != null);
        Thread.sleep(1000);

        assertThat(received(ticket)).hasSize(1);
        assertThat(centerId(ticket)).isEqualTo(received(ticket).get(0).id());
    }

    @Test
    void aBatchServiceAnswersWithATokenThatResolvesToTheCenterId() {
        center.batchService("streetlight-out-batch");
        Ticket ticket = file("streetlight-out-batch", "streetlight.report", "Three lamps dark on the footpath");

        await().atMost(Duration.ofSeconds(10)).until(() -> centerId(ticket) != null);
        assertThat(received(ticket)).hasSize(1);
        assertThat(centerId(ticket)).isEqualTo(received(ticket).get(0).id());
    }

    @Test
    void statusChangesAtTheCenterComeBackToTheTicket() {
        Ticket ticket = file("road-damage", "road.damage.report", "Cracked pavement near the school gate");
        await().atMost(Duration.ofSeconds(10)).until(() -> centerId(ticket) != null);

        center.update(centerId(ticket), false, "Repaired on site (sample)");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> tickets.find(ticket.id()).orElseThrow().status() == TicketStatus.RESOLVED);
        var api = new city.civic.chat.TurnApi(port);
        String reply = api.say(api.start("en"), "Any news on " + ticket.id() + "?").reply(0).get("text")
                .asString();
        assertThat(reply).contains("resolved").contains("Repaired on site");
    }

    private Ticket file(String serviceCode, String intent, String description) {
        return tickets.file(new Tickets.NewTicket(serviceCode, intent, "road-maintenance", description, null,
                "Gyeongchung-daero near City Hall", 37.4275, 127.2582, null, null, "en", TicketChannel.API, null));
    }

    private List<SimulatedCenter.Request> received(Ticket ticket) {
        return center.requests().stream()
                .filter(r -> ticket.id().equals(r.attributes().get("platform_ticket_id")))
                .toList();
    }

    private String centerId(Ticket ticket) {
        return tickets.find(ticket.id()).orElseThrow().centerRequestId();
    }
}
