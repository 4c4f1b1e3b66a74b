package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/** Open311 keeps its two states over the six: received, assigned and in progress are open; the rest closed. */
@IntegrationTest
class Open311ExtendedStatusIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    Citizen citizen;
    StaffApi operator;
    TurnApi open311;

    @BeforeEach
    void clients() {
        citizen = new Citizen(port);
        operator = new ConsoleStaff(accounts, passwords, port).operator();
        open311 = new TurnApi(port);
    }

    @Test
    void anAssignedTicketIsOpenWithTheFinerStatusAndTheNoteInStatusNotes() {
        String id = citizen.report(Citizen.SIGNAL_REPORT, null).ticketId();
        operator.postJson("/admin/api/tickets/" + id + "/status", "{\"to\":\"assigned\",\"department\":\"road-maintenance\"}");

        JsonNode request = request(id);

        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("extended_status").asString()).isEqualTo("assigned");
        assertThat(request.get("status_notes").asString()).isEqualTo("Assigned: Your report has been passed to the"
                + " Road Management Division (Road Repair and Snow Removal).");
        assertThat(ids("open")).contains(id);
        assertThat(ids("closed")).doesNotContain(id);
    }

    @Test
    void aDuplicateIsClosedAndNamesTheRequestItRepeats() {
        String original = citizen.report(Citizen.SIGNAL_REPORT, null).ticketId();
        String again = citizen.report("Road damage: a deep pothole near Gyeongan Intersection", null).ticketId();
        operator.postJson("/admin/api/tickets/" + again + "/status",
                "{\"to\":\"duplicate\",\"duplicateOf\":\"" + original + "\"}");

        JsonNode request = request(again);

        assertThat(request.get("status").asString()).isEqualTo("closed");
        assertThat(request.get("extended_status").asString()).isEqualTo("duplicate");
        assertThat(request.get("duplicate_of").asString()).isEqualTo(original);
        assertThat(request.get("status_notes").asString()).startsWith("Duplicate: This is the same problem as ticket "
                + original);
        assertThat(ids("closed")).contains(again);
    }

    @Test
    void inProgressIsOpenAndResolvedClosedInKoreanToo() {
        String id = citizen.report(Citizen.SIGNAL_REPORT, null).ticketId();
        operator.postJson("/admin/api/tickets/" + id + "/status", "{\"to\":\"in_progress\"}");
        assertThat(request(id).get("status").asString()).isEqualTo("open");

        operator.postJson("/admin/api/tickets/" + id + "/status", "{\"to\":\"resolved\",\"note\":\"Lamp replaced.\"}");
        JsonNode korean = open311.get("/open311/v2/requests/" + id + ".json?lang=ko").body().get(0);

        assertThat(korean.get("status").asString()).isEqualTo("closed");
        assertThat(korean.get("status_notes").asString()).isEqualTo("처리 완료: Lamp replaced.");
    }

    private JsonNode request(String id) {
        TurnApi.Response response = open311.get("/open311/v2/requests/" + id + ".json?lang=en");
        assertThat(response.status()).isEqualTo(200);
        return response.body().get(0);
    }

    private java.util.List<String> ids(String status) {
        JsonNode list = open311.get("/open311/v2/requests.json?status=" + status).body();
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(r -> r.get("service_request_id").asString()).toList();
    }
}
