package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.security.StaffApi;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * The staff JSON API over tickets (DESIGN.md), over real HTTP with Basic auth: operators and administrators
 * only, the citizen's words masked, allowed transitions, refusals, concurrent changes, the audit trail.
 */
@IntegrationTest
class TicketApiIntegrationTests {

    static final String CONTACT = "010-2345-6789";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffAudit audit;

    ConsoleStaff staff;
    Citizen citizen;
    StaffApi operator;
    Citizen.Filed filed;

    @BeforeEach
    void aCitizenReportsADarkSignal() {
        staff = new ConsoleStaff(accounts, passwords, port);
        citizen = new Citizen(port);
        operator = staff.operator();
        filed = citizen.report(Citizen.SIGNAL_REPORT + ", call me on " + CONTACT, CONTACT);
    }

    @Test
    void anonymousCallersAreAskedToSignInAndOnlyOperatorsAndAdministratorsGetIn() {
        String id = filed.ticketId();
        var anonymous = new StaffApi(port, null, null);
        var official = staff.api(staff.create("official", StaffRole.OFFICIAL));
        var reviewer = staff.api(staff.create("reviewer", StaffRole.REVIEWER));
        var admin = staff.api(staff.create("admin", StaffRole.ADMIN));

        for (StaffApi refused : List.of(official, reviewer)) {
            assertThat(refused.get("/admin/api/tickets").status()).isEqualTo(403);
            assertThat(refused.get("/admin/api/tickets/" + id).status()).isEqualTo(403);
            assertThat(refused.postJson("/admin/api/tickets/" + id + "/status", "{\"to\":\"assigned\"}").status())
                    .isEqualTo(403);
            assertThat(refused.postJson("/admin/api/tickets/" + id + "/reveal", "{\"reason\":\"call back the citizen\"}")
                    .status()).isEqualTo(403);
        }
        var wrongPassword = new StaffApi(port, StaffApi.ADMIN, "not-the-password");
        assertThat(anonymous.get("/admin/api/tickets").status()).isEqualTo(401);
        assertThat(anonymous.get("/admin/api/tickets/" + id).status()).isEqualTo(401);
        for (String post : List.of("/status", "/reveal")) {
            String body = "{\"to\":\"assigned\",\"reason\":\"call back the citizen\"}";
            assertThat(wrongPassword.postJson("/admin/api/tickets/" + id + post, body).status()).isEqualTo(401);
            StaffApi.Response stranger = anonymous.postJson("/admin/api/tickets/" + id + post, body);
            assertThat(stranger.status()).isEqualTo(401);
            assertThat(stranger.body().get("error").asString()).isEqualTo("unauthenticated");
        }
        assertThat(operator.get("/admin/api/tickets").status()).isEqualTo(200);
        assertThat(admin.get("/admin/api/tickets/" + id).status()).isEqualTo(200);
        assertThat(ticket(filed.ticketId()).get("status").asString()).as("refused calls changed nothing")
                .isEqualTo("received");
    }

    @Test
    void theWorklistHasTheDesignsFieldsAndTheCitizensWordsMasked() {
        StaffApi.Response list = operator.get("/admin/api/tickets?status=received&category=traffic-signal-fault");

        assertThat(list.status()).isEqualTo(200);
        JsonNode ticket = find(list.body(), filed.ticketId());
        assertThat(ticket.get("status").asString()).isEqualTo("received");
        assertThat(ticket.get("category").asString()).isEqualTo("traffic-signal-fault");
        assertThat(ticket.get("place").asString()).isEqualTo("City Hall Intersection");
        assertThat(ticket.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(ticket.get("handoff").asBoolean()).isFalse();
        assertThat(ticket.get("request").asString()).contains("completely dark").contains("[redacted]");
        assertThat(list.raw().body()).doesNotContain("2345-6789", "2345");
        assertThat(ids(operator.get("/admin/api/tickets?status=closed").body())).doesNotContain(filed.ticketId());
        assertThat(ids(operator.get("/admin/api/tickets?category=road-damage").body())).doesNotContain(filed.ticketId());
        assertThat(operator.get("/admin/api/tickets?status=finished").status()).isEqualTo(400);
    }

    @Test
    void oneTicketShowsTheLiveDataTheBotSawAndNeverTheContact() {
        StaffApi.Response one = operator.get("/admin/api/tickets/" + filed.ticketId());

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("liveData").get(0).asString()).startsWith("[signal controller SIG-001");
        assertThat(one.body().get("hasContact").asBoolean()).isTrue();
        assertThat(one.body().get("contact").asString()).isEqualTo("[redacted]");
        assertThat(one.body().get("allowed").toString()).contains("assigned", "duplicate");
        assertThat(one.raw().body()).doesNotContain("2345");
        assertThat(operator.get("/admin/api/tickets/SC-2026-999999").status()).isEqualTo(404);
    }

    @Test
    void allowedTransitionsChangeTheStatusAndRefusedOnesAre422() {
        String path = "/admin/api/tickets/" + filed.ticketId() + "/status";

        StaffApi.Response assigned = operator.postJson(path, "{\"to\":\"assigned\",\"department\":\"road-maintenance\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().get("status").asString()).isEqualTo("assigned");
        assertThat(assigned.body().get("department").asString()).isEqualTo("road-maintenance");
        assertThat(assigned.body().get("statusNotes").asString())
                .isEqualTo("Your report has been passed to the Road Management Division (Road Repair and Snow Removal).");

        assertThat(refusal(operator.postJson(path, "{\"to\":\"received\"}"), 422)).isEqualTo("transition.refused");
        assertThat(refusal(operator.postJson(path, "{\"to\":\"assigned\",\"department\":\"no-such-team\"}"), 422))
                .isEqualTo("department.unknown");
        assertThat(refusal(operator.postJson(path, "{\"to\":\"duplicate\"}"), 422)).isEqualTo("duplicate.unknown");
        assertThat(refusal(operator.postJson(path, "{\"to\":\"resolved\",\"template\":\"closed.default\"}"), 422))
                .isEqualTo("template.mismatch");
        assertThat(refusal(operator.postJson(path, "{\"to\":\"finished\"}"), 400)).isEqualTo("status.unknown");
        assertThat(operator.postJson(path, "{\"to\":\"closed\",\"note\":\"Not a city matter.\"}").status()).isEqualTo(200);
        assertThat(refusal(operator.postJson(path, "{\"to\":\"in_progress\"}"), 422)).isEqualTo("transition.refused");
        assertThat(ticket(filed.ticketId()).get("status").asString()).isEqualTo("closed");
    }

    @Test
    void ofTwoOperatorsChangingTheSameVersionTheSecondIsToldAndNothingIsLost() {
        String path = "/admin/api/tickets/" + filed.ticketId() + "/status";
        long seen = ticket(filed.ticketId()).get("version").asLong();
        StaffApi other = staff.operator();

        StaffApi.Response first = operator.postJson(path,
                "{\"to\":\"in_progress\",\"note\":\"First: crew on the way.\",\"version\":" + seen + "}");
        StaffApi.Response second = other.postJson(path,
                "{\"to\":\"resolved\",\"note\":\"Second: all fixed.\",\"version\":" + seen + "}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("error").asString()).isEqualTo("ticket.changed");
        assertThat(second.body().get("ticket").get("status").asString()).isEqualTo("in_progress");
        JsonNode now = ticket(filed.ticketId());
        assertThat(now.get("statusNotes").asString()).isEqualTo("First: crew on the way.");
        assertThat(now.get("history")).hasSize(1);
    }

    @Test
    void everyStatusChangeIsAuditedWithWhoTheTicketAndFromTo() {
        operator.postJson("/admin/api/tickets/" + filed.ticketId() + "/status", "{\"to\":\"in_progress\"}");

        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ticket.status");
            assertThat(entry.username()).startsWith("operator-");
            assertThat(entry.detail()).isEqualTo(filed.ticketId() + ": received → in_progress");
        });
        JsonNode history = ticket(filed.ticketId()).get("history").get(0);
        assertThat(history.get("by").asString()).startsWith("operator-");
        assertThat(history.get("note").asString()).isEqualTo("The Traffic Facilities Team (Signals and Smart"
                + " Intersections) is working on it.");
    }

    @Test
    void theContactIsRevealedOnlyForAStatedReasonAndTheRevealIsAudited() {
        String path = "/admin/api/tickets/" + filed.ticketId() + "/reveal";

        assertThat(refusal(operator.postJson(path, "{\"reason\":\"why\"}"), 400)).isEqualTo("reason.missing");
        StaffApi.Response revealed = operator.postJson(path, "{\"reason\":\"Calling the citizen back about access\"}");

        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body().get("contact").asString()).isEqualTo(CONTACT);
        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ticket.reveal");
            assertThat(entry.detail()).isEqualTo(filed.ticketId() + ": Calling the citizen back about access");
        });
    }

    @Test
    void aDuplicateNamesTheOriginalWhichListsIt() {
        Citizen.Filed again = citizen.report("Streetlight out near Gyeongan Intersection", null);
        String path = "/admin/api/tickets/" + again.ticketId() + "/status";

        StaffApi.Response marked = operator.postJson(path, "{\"to\":\"duplicate\",\"duplicateOf\":\""
                + filed.ticketId() + "\"}");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body().get("duplicateOf").asString()).isEqualTo(filed.ticketId());
        assertThat(marked.body().get("statusNotes").asString()).contains(filed.ticketId());
        assertThat(ticket(filed.ticketId()).get("duplicates").toString()).contains(again.ticketId());
    }

    @Test
    void handoffIsTrueOnceTheTicketsConversationWasHandedToAPerson() {
        assertThat(ticket(filed.ticketId()).get("handoff").asBoolean()).isFalse();

        JsonNode reply = citizen.api.say(filed.conversationId(), "I want to talk to a person").reply(0);

        assertThat(reply.get("handoff").asBoolean()).isTrue();
        assertThat(ticket(filed.ticketId()).get("handoff").asBoolean()).isTrue();
        assertThat(find(operator.get("/admin/api/tickets").body(), filed.ticketId()).get("handoff").asBoolean())
                .isTrue();
    }

    private JsonNode ticket(String id) {
        StaffApi.Response response = operator.get("/admin/api/tickets/" + id);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String refusal(StaffApi.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.body().get("message").asString()).isNotBlank();
        return response.body().get("error").asString();
    }

    static JsonNode find(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false).filter(t -> t.get("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + list));
    }

    static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(t -> t.get("id").asString()).toList();
    }
}
