package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.Tickets;
import city.civic.tickets.TicketChannel;
import city.civic.security.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The console's live stream: a ticket filed through the turn API arrives on an open {@code /admin/console/events}
 * stream, a status change follows it, filters apply, and a citizen's markup is shown escaped, never run.
 */
@IntegrationTest
class ConsoleEventsIntegrationTests {

    static final String XSS = "<script>alert(1)</script> \"><img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Tickets tickets;

    @Autowired
    ApplicationEventPublisher events;

    ConsoleStaff staff;
    String operator;
    Citizen citizen;

    @BeforeEach
    void anOperator() {
        staff = new ConsoleStaff(accounts, passwords, port);
        operator = staff.create("operator", StaffRole.OPERATOR);
        citizen = new Citizen(port);
    }

    @Test
    void aTicketFiledThroughTheTurnApiAppearsOnAnOpenStreamAndItsStatusChangeFollows() {
        try (EventStream stream = EventStream.open(port, operator, ConsoleStaff.PASSWORD, "")) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next("ready");

            Citizen.Filed filed = citizen.report(Citizen.SIGNAL_REPORT + " " + XSS, "010-2345-6789");
            EventStream.Event pushed = stream.nextAbout(EventStream.FILED, filed.ticketId());

            assertThat(pushed.data()).contains("id=\"ticket-" + filed.ticketId() + "\"", "City Hall Intersection",
                    "[signal controller SIG-001", "Acknowledge", "id=\"console-announce\"");
            assertThat(pushed.data()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>", "<img src=x", "2345-6789");

            staff.api(operator).postJson("/admin/api/tickets/" + filed.ticketId() + "/status",
                    "{\"to\":\"in_progress\"}");
            EventStream.Event changed = stream.next("ticket-" + filed.ticketId());

            assertThat(changed.data()).contains("In progress").doesNotContain("Acknowledge");
        }
    }

    @Test
    void aPageFilteredByCategoryIsSentOnlyTheTicketsOfThatCategory() {
        try (EventStream roads = EventStream.open(port, operator, ConsoleStaff.PASSWORD, "?category=road-damage")) {
            roads.next("ready");

            Ticket signal = file("traffic-signal-fault", "signal.fault.report", "traffic-signals", "Dark signal");
            Ticket pothole = file("road-damage", "road.damage.report", "road-maintenance", "Deep pothole");

            EventStream.Event first = roads.next(EventStream.FILED);
            assertThat(first.data()).contains(pothole.id()).doesNotContain(signal.id());
        }
    }

    @Test
    void onlyOperatorsAndAdministratorsMayOpenTheStream() {
        String official = staff.create("official", StaffRole.OFFICIAL);
        try (EventStream anonymous = EventStream.open(port, null, null, "");
                EventStream refused = EventStream.open(port, official, ConsoleStaff.PASSWORD, "");
                EventStream admin = EventStream.open(port, staff.create("admin", StaffRole.ADMIN), ConsoleStaff.PASSWORD,
                        "")) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(admin.status()).isEqualTo(200);
            admin.next("ready");
        }
    }

    @Test
    void aCitizensMarkupIsShownEscapedOnTheConsoleAndTheTicketPage() {
        Ticket ticket = file("road-damage", "road.damage.report", "road-maintenance", "Pothole " + XSS);
        StaffApi browser = staff.api(operator);

        String list = browser.get("/admin/console").raw().body();
        String page = browser.get("/admin/console/tickets/" + ticket.id()).raw().body();

        for (String html : new String[] {list, page}) {
            assertThat(html).contains(ticket.id()).contains("Pothole &lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                    .doesNotContain("<script>alert(1)", "<img src=x");
        }
    }

    @Test
    void otherRolesMayNotOpenTheConsolePages() {
        var official = staff.api(staff.create("official", StaffRole.OFFICIAL));
        Ticket ticket = file("road-damage", "road.damage.report", "road-maintenance", "Pothole");

        assertThat(official.get("/admin/console").status()).isEqualTo(403);
        assertThat(official.get("/admin/console/tickets/" + ticket.id()).status()).isEqualTo(403);
        assertThat(new StaffApi(port, null, null).get("/admin/console").status()).isIn(302, 401);
        assertThat(staff.api(operator).get("/admin/console").status()).isEqualTo(200);
    }

    /** As Open311 files: the ticket, then the event. */
    private Ticket file(String serviceCode, String intent, String department, String description) {
        Ticket ticket = tickets.file(new Tickets.NewTicket(serviceCode, intent, department, description, null,
                "near the school", 37.41, 127.25, null, null, "en", TicketChannel.API, null));
        events.publishEvent(new TicketFiled(ticket.id(), ticket.serviceCode(), ticket.department(), null));
        return ticket;
    }
}
