package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import city.civic.security.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * What an operator sets is what a citizen hears: asking by number, in chat and on the phone (the same engine),
 * the status and the note in the citizen's language, while a stranger still hears nothing of the report's words.
 */
@IntegrationTest
class TicketNoteHeardIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Tickets tickets;

    Citizen citizen;
    StaffApi operator;

    @BeforeEach
    void anOperatorAndACitizen() {
        citizen = new Citizen(port);
        operator = new ConsoleStaff(accounts, passwords, port).operator();
    }

    @Test
    void aCitizenAskingByNumberInChatHearsTheNewStatusAndTheTemplatesNote() {
        Citizen.Filed filed = citizen.report(Citizen.SIGNAL_REPORT + " outside Park Jiwoo's flat", null);

        StaffApi.Response changed = operator.postJson("/admin/api/tickets/" + filed.ticketId() + "/status",
                "{\"to\":\"in_progress\",\"template\":\"in_progress.crew_sent\"}");
        String heard = citizen.askStatus("web", "en", "What is the status of " + filed.ticketId() + "?");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(heard).contains(filed.ticketId(), "City Hall Intersection", "being worked on",
                "A crew has been sent to the site.").doesNotContain("Park Jiwoo");
    }

    @Test
    void aCallerAskingByNumberOnThePhoneHearsTheStatusAndTheOperatorsOwnNote() {
        Citizen.Filed filed = citizen.report(Citizen.SIGNAL_REPORT, null);

        operator.postJson("/admin/api/tickets/" + filed.ticketId() + "/status",
                "{\"to\":\"assigned\",\"note\":\"The signal team will be there by 5 pm.\"}");
        String heard = citizen.askStatus("phone", "en", "I am calling about ticket " + filed.ticketId());

        assertThat(heard).contains("assigned to the responsible department", "The signal team will be there by 5 pm.");
    }

    @Test
    void aKoreanCitizenHearsTheKoreanTemplateWithTheDepartmentFilledIn() {
        Ticket ticket = tickets.file(new Tickets.NewTicket("road-damage", "road.damage.report", "road-maintenance",
                "학교 앞 도로에 포트홀이 있어요", null, "학교 앞", 37.41, 127.25, null, null, "ko", TicketChannel.WEB, null));

        operator.postJson("/admin/api/tickets/" + ticket.id() + "/status", "{\"to\":\"resolved\"}");
        operator.postJson("/admin/api/tickets/" + ticket.id() + "/status", "{\"to\":\"in_progress\"}");
        String heard = citizen.askStatus("web", "ko", ticket.id() + " 처리 상황 알려주세요");

        assertThat(heard).contains(ticket.id(), "처리 중입니다", "도로관리과 (도로 보수·제설)에서 처리하고 있습니다.");
    }

    @Test
    void aDuplicateTellsTheCitizenWhichTicketCarriesTheWork() {
        Citizen.Filed original = citizen.report(Citizen.SIGNAL_REPORT, null);
        Citizen.Filed again = citizen.report("Road damage: a deep pothole near Gyeongan Intersection", null);

        operator.postJson("/admin/api/tickets/" + again.ticketId() + "/status",
                "{\"to\":\"duplicate\",\"duplicateOf\":\"" + original.ticketId() + "\"}");
        String heard = citizen.askStatus("web", "en", "status of " + again.ticketId());

        assertThat(heard).contains("closed as the same problem as another ticket",
                "This is the same problem as ticket " + original.ticketId());
    }
}
