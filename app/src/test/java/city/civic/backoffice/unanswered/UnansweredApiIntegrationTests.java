package city.civic.backoffice.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md "Staff JSON API" for the unanswered queue, over real HTTP with Basic auth. A stranger's POST
 * without credentials, or with wrong ones, is 401.
 */
@IntegrationTest
class UnansweredApiIntegrationTests {

    static final String KAYAK = "Is there a kayak rental on the Gyeongan stream?";
    static final String KAYAK_AGAIN = "Can I rent a kayak on the Gyeongan stream? Call me on 010-4321-8765";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffAudit audit;

    StaffApi official;

    @BeforeEach
    void aQuestionTheBotCannotAnswer() {
        official = as("official", StaffRole.OFFICIAL);
        var citizen = new TurnApi(port);
        citizen.say(citizen.start("en"), KAYAK);
        citizen.say(citizen.start("en"), KAYAK_AGAIN);
    }

    @Test
    void listsOpenGroupsWithExactlyTheDesignedFieldsAndMaskedExamples() {
        for (StaffRole reader : List.of(StaffRole.OFFICIAL, StaffRole.REVIEWER, StaffRole.ADMIN)) {
            StaffApi.Response groups = as("reader", reader).get("/admin/api/unanswered");
            assertThat(groups.status()).as(reader.name()).isEqualTo(200);
        }
        JsonNode group = groupWith("kayak rental").orElseThrow();

        assertThat(fieldNames(group)).containsExactly("id", "count", "examples", "lang", "lastAskedAt");
        assertThat(group.get("count").asInt()).isEqualTo(2);
        assertThat(group.get("lang").asString()).isEqualTo("en");
        assertThat(group.get("lastAskedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(group.get("examples").toString()).contains("[redacted]").doesNotContain("4321")
                .contains("kayak");
    }

    @Test
    void anOfficialResolvesAGroupWithAnAnswerAndItLeavesTheQueue() {
        long id = groupWith("kayak rental").orElseThrow().get("id").asLong();

        StaffApi.Response resolved = official.postJson("/admin/api/unanswered/" + id + "/resolve",
                "{\"answerId\":\"faq.public-parking-lots\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().get("answerId").asString()).isEqualTo("faq.public-parking-lots");
        assertThat(groupWith("kayak rental")).isEmpty();
        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("unanswered.resolve");
            assertThat(entry.detail()).contains("group " + id).contains("faq.public-parking-lots");
        });
        StaffApi.Response again = official.postJson("/admin/api/unanswered/" + id + "/resolve",
                "{\"answerId\":\"faq.public-parking-lots\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("error").asString()).isEqualTo("group.resolved");
    }

    @Test
    void badRequestsAreRefusedClearlyAndChangeNothing() {
        long id = groupWith("kayak rental").orElseThrow().get("id").asLong();
        String path = "/admin/api/unanswered/" + id + "/resolve";

        assertError(official.postJson("/admin/api/unanswered/987654321/resolve", "{\"answerId\":\"faq.x\"}"), 404,
                "group.not_found");
        assertError(official.postJson("/admin/api/unanswered/not-a-number/resolve", "{\"answerId\":\"faq.x\"}"), 404,
                "group.not_found");
        assertError(official.postJson(path, "{}"), 400, "answer_id.missing");
        assertError(official.postJson(path, "{\"answerId\":\"<script>alert(1)</script>\"}"), 400, "answer_id.invalid");
        assertError(official.postJson(path, "{\"answerId\":\"" + "a".repeat(101) + "\"}"), 400, "answer_id.invalid");
        assertError(official.postJson(path, "{\"answerId\":"), 400, "request.malformed");

        assertThat(groupWith("kayak rental")).isPresent();
    }

    @Test
    void onlyOfficialsAndAdministratorsResolveAndStrangersAreUnauthenticated() {
        long id = groupWith("kayak rental").orElseThrow().get("id").asLong();
        String path = "/admin/api/unanswered/" + id + "/resolve";
        String body = "{\"answerId\":\"faq.public-parking-lots\"}";
        var stranger = new StaffApi(port, null, null);

        assertError(stranger.get("/admin/api/unanswered"), 401, "unauthenticated");
        assertError(new StaffApi(port, "nobody", "wrong password").postJson(path, body), 401, "unauthenticated");
        assertError(stranger.postJson(path, body), 401, "unauthenticated");
        assertError(as("operator", StaffRole.OPERATOR).get("/admin/api/unanswered"), 403, "forbidden");
        assertError(as("operator", StaffRole.OPERATOR).postJson(path, body), 403, "forbidden");
        assertError(as("reviewer", StaffRole.REVIEWER).postJson(path, body), 403, "forbidden");
        assertThat(groupWith("kayak rental")).isPresent();

        assertThat(StaffApi.admin(port).postJson(path, body).status()).isEqualTo(200);
    }

    private Optional<JsonNode> groupWith(String words) {
        StaffApi.Response response = StaffApi.admin(port).get("/admin/api/unanswered");
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode group : response.body()) {
            if (group.get("examples").toString().contains(words)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    private StaffApi as(String prefix, StaffRole role) {
        return new StaffApi(port, StaffWeb.account(accounts, passwords, prefix, role), StaffWeb.PASSWORD);
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static void assertError(StaffApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.body().get("error").asString()).isEqualTo(code);
    }
}
