package city.civic.backoffice.intents;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.backoffice.unanswered.StaffWeb;
import city.civic.dialog.IntentTraining;
import city.civic.dialog.IntentTraining.Example;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** The intents pages over real HTTP: editing examples, refusals, escaping, and who may do it. */
@IntegrationTest
class IntentsPagesIntegrationTests {

    static final String EXAMPLE = "the lamp outside the Gyeongan library blinks all night";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    IntentTraining training;

    /** Examples added here wait for a retraining no one starts; they go again, leaving the pack as it was. */
    @AfterEach
    void removeWhatWasAdded() {
        for (String intent : training.intents()) {
            for (String lang : new String[] {"en", "ko"}) {
                training.examples(intent, lang).stream().filter(e -> e.state() == IntentTraining.State.ADDED)
                        .filter(e -> "official".equals(e.editedBy().split("-")[0]))
                        .forEach(e -> training.remove(e.id(), "test"));
            }
        }
    }

    @Test
    void anOfficialAddsAndRemovesAnExampleWithHtmx() {
        StaffWeb official = as(StaffRole.OFFICIAL);
        assertThat(official.get("/admin/intents").body()).contains("streetlight.report");
        assertThat(official.get("/admin/intents/streetlight.report?language=en").statusCode()).isEqualTo(200);

        HttpResponse<String> added = official.htmxPost("/admin/intents/streetlight.report/examples",
                "language", "en", "text", EXAMPLE);

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).startsWith("<section id=\"examples\"").contains(EXAMPLE);
        Example example = training.examples("streetlight.report", "en").stream()
                .filter(e -> e.text().equals(EXAMPLE)).findFirst().orElseThrow();
        assertThat(example.state()).isEqualTo(IntentTraining.State.ADDED);

        HttpResponse<String> removed = official.htmxPost("/admin/intents/streetlight.report/examples/"
                + example.id() + "/remove", "language", "en");

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain(EXAMPLE);
        assertThat(training.examples("streetlight.report", "en")).noneMatch(e -> e.text().equals(EXAMPLE));
    }

    @Test
    void badExamplesAreRefusedWithAReasonAndNothingChanges() {
        StaffWeb official = as(StaffRole.OFFICIAL);
        official.get("/admin/intents/streetlight.report");
        int before = training.examples("streetlight.report", "en").size();
        String path = "/admin/intents/streetlight.report/examples";

        assertRefused(official.htmxPost(path, "language", "en", "text", "   "), 400, "Type the example");
        assertRefused(official.htmxPost(path, "language", "en", "text", "x".repeat(201)), 400, "at most 200");
        assertRefused(official.post(path, "language", "en", "text", "x".repeat(201)), 400, "at most 200");
        String existing = training.examples("streetlight.report", "en").get(0).text();
        assertRefused(official.htmxPost(path, "language", "en", "text", existing.toUpperCase()), 400,
                "already has that example");
        String greeting = training.examples("greeting", "en").get(0).text();
        assertRefused(official.htmxPost(path, "language", "en", "text", greeting), 400, "another intent");
        assertRefused(official.htmxPost(path, "language", "fr", "text", "le lampadaire est cassé"), 400,
                "English or Korean");
        assertRefused(official.htmxPost(path + "/999999999/remove", "language", "en"), 400, "no such example");
        assertThat(official.htmxPost("/admin/intents/weather.report/examples", "language", "en", "text", "rain")
                .statusCode()).isEqualTo(404);
        assertThat(official.get("/admin/intents/weather.report").statusCode()).isEqualTo(404);

        assertThat(training.examples("streetlight.report", "en")).hasSize(before);
        assertThat(training.intents()).doesNotContain("weather.report");
    }

    @Test
    void anExampleWithMarkupIsShownAsText() {
        StaffWeb official = as(StaffRole.OFFICIAL);
        official.get("/admin/intents/greeting");
        String payload = "hi <script>alert(1)</script> \"><img src=x onerror=alert(2)>";

        String fragment = official.htmxPost("/admin/intents/greeting/examples", "language", "en", "text", payload)
                .body();
        String page = official.get("/admin/intents/greeting?language=en").body();

        for (String html : new String[] {fragment, page}) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                    .doesNotContain("<img src=x");
        }
    }

    @Test
    void onlyOfficialsAndAdministratorsCurateIntents() {
        for (StaffRole refused : new StaffRole[] {StaffRole.REVIEWER, StaffRole.OPERATOR}) {
            StaffWeb staff = as(refused);
            assertThat(staff.get("/admin/intents").statusCode()).as(refused.name()).isEqualTo(403);
            assertThat(staff.get("/admin/intents/greeting").statusCode()).isEqualTo(403);
            assertThat(staff.get("/admin/intents/training").statusCode()).isEqualTo(403);
            assertThat(staff.post("/admin/intents/greeting/examples", "language", "en", "text", "good day to you")
                    .statusCode()).isEqualTo(403);
            assertThat(staff.post("/admin/intents/retrain").statusCode()).isEqualTo(403);
            assertThat(staff.post("/admin/intents/activate", "run", "1").statusCode()).isEqualTo(403);
        }
        assertThat(training.examples("greeting", "en")).noneMatch(e -> e.text().equals("good day to you"));
        assertThat(as(StaffRole.ADMIN).get("/admin/intents").statusCode()).isEqualTo(200);

        HttpResponse<String> stranger = StaffWeb.anonymous(port).get("/admin/intents");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
    }

    private StaffWeb as(StaffRole role) {
        return StaffWeb.signIn(port, StaffWeb.account(accounts, passwords, role.name().toLowerCase(), role));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(reason);
    }
}
