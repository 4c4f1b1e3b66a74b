package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.chat.TurnApi;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Staff sign in (form and session with CSRF, or HTTP Basic for scripts); everything under /admin needs it. */
@IntegrationTest
class StaffSignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffAudit audit;

    StaffAccounts staff;
    String conversationId;

    @BeforeEach
    void aConversationWithPersonalData() {
        staff = new StaffAccounts(accounts, passwords);
        TurnApi citizen = new TurnApi(port);
        conversationId = citizen.start("en");
        citizen.say(conversationId, "Please call me back on 010-7777-8888 about the pothole");
    }

    @Test
    void theTranscriptEndpointRefusesStrangersAndWrongPasswords() {
        StaffApi.Response anonymous = new StaffApi(port, null, null).get("/admin/api/transcripts/" + conversationId);
        StaffApi.Response wrong = new StaffApi(port, StaffApi.ADMIN, "not-the-password")
                .get("/admin/api/transcripts/" + conversationId);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("error").asString()).isEqualTo("unauthenticated");
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(anonymous.raw().body()).doesNotContain("7777");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void everyPathUnderAdminNeedsAStaffRole() {
        var stranger = new StaffApi(port, null, null);
        for (String path : new String[] {"/admin/api/anything", "/admin/api/tickets", "/admin/api/answers"}) {
            assertThat(stranger.get(path).status()).as(path).isEqualTo(401);
        }
        HttpResponse<String> page = browser().get("/admin/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
    }

    @Test
    void anOfficialReadsTheTranscriptMaskedButMayNotRevealIt() {
        var official = new StaffApi(port, staff.create("official", StaffRole.OFFICIAL), StaffAccounts.PASSWORD);

        StaffApi.Response transcript = official.get("/admin/api/transcripts/" + conversationId);
        StaffApi.Response reveal = official.postJson("/admin/api/transcripts/" + conversationId + "/reveal",
                "{\"reason\":\"calling the citizen back about ticket\"}");

        assertThat(transcript.status()).isEqualTo(200);
        assertThat(transcript.raw().body()).doesNotContain("010-7777-8888").contains("[redacted]");
        assertThat(reveal.status()).isEqualTo(403);
        assertThat(reveal.body().get("error").asString()).isEqualTo("forbidden");
    }

    @Test
    void anOperatorRevealsWithAReasonAndTheRevealIsAudited() {
        String username = staff.create("operator", StaffRole.OPERATOR);
        var operator = new StaffApi(port, username, StaffAccounts.PASSWORD);

        StaffApi.Response noReason = operator.postJson("/admin/api/transcripts/" + conversationId + "/reveal", "{}");
        StaffApi.Response revealed = operator.postJson("/admin/api/transcripts/" + conversationId + "/reveal",
                "{\"reason\":\"citizen asked to be called back\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("error").asString()).isEqualTo("reason.missing");
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.raw().body()).contains("010-7777-8888");
        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(username);
            assertThat(entry.action()).isEqualTo("transcript.reveal");
            assertThat(entry.detail()).isEqualTo("citizen asked to be called back");
            assertThat(entry.path()).contains(conversationId);
        });
    }

    @Test
    void everyStaffRequestIsAuditedWithWhoWhatWhenAndTheOutcome() {
        String username = staff.create("reviewer", StaffRole.REVIEWER);
        var reviewer = new StaffApi(port, username, StaffAccounts.PASSWORD);

        reviewer.get("/admin/api/transcripts/" + conversationId);
        reviewer.postJson("/admin/api/transcripts/" + conversationId + "/reveal", "{\"reason\":\"just curious, really\"}");

        assertThat(audit.recent(50)).filteredOn(entry -> username.equals(entry.username()))
                .extracting(StaffAudit.Entry::action, StaffAudit.Entry::method, StaffAudit.Entry::status)
                .contains(org.assertj.core.groups.Tuple.tuple("request", "GET", 200),
                        org.assertj.core.groups.Tuple.tuple("request", "POST", 403));
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedEvenForTheRightOne() {
        String username = staff.create("guessed", StaffRole.OFFICIAL);
        for (int i = 0; i < 5; i++) {
            assertThat(new StaffApi(port, username, "guess-" + i).get("/admin/api/transcripts/x").status())
                    .isEqualTo(401);
        }

        StaffApi.Response locked = new StaffApi(port, username, StaffAccounts.PASSWORD)
                .get("/admin/api/transcripts/" + conversationId);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("error").asString()).isEqualTo("sign_in.throttled");
        assertThat(locked.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(audit.recent(50)).filteredOn(entry -> username.equals(entry.username()))
                .extracting(StaffAudit.Entry::action).contains("sign-in.failed", "sign-in.throttled");
    }

    @Test
    void theFirstAdministratorHoldsEveryRole() {
        StaffApi.Response revealed = StaffApi.admin(port).postJson(
                "/admin/api/transcripts/" + conversationId + "/reveal", "{\"reason\":\"audit of the bot's answers\"}");

        assertThat(revealed.status()).isEqualTo(200);
    }

    @Test
    void pagesSignInWithAFormASessionAndCsrfTokens() throws Exception {
        String username = staff.create("counsellor", StaffRole.OPERATOR);
        Browser browser = browser();
        String loginPage = browser.get("/admin/login").body();
        String csrf = csrfToken(loginPage);

        HttpResponse<String> withoutToken = browser.postForm("/admin/login",
                "username=" + username + "&password=" + encode(StaffAccounts.PASSWORD));
        HttpResponse<String> wrongPassword = browser.postForm("/admin/login",
                "username=" + username + "&password=nope&_csrf=" + encode(csrf));
        HttpResponse<String> signedIn = browser.postForm("/admin/login",
                "username=" + username + "&password=" + encode(StaffAccounts.PASSWORD) + "&_csrf=" + encode(csrf));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/"));
        HttpResponse<String> home = browser.get("/admin/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(username).contains("Operator");
        assertThat(browser.getJson("/admin/api/transcripts/" + conversationId).statusCode()).isEqualTo(200);

        HttpResponse<String> postWithoutCsrf = browser.postJson("/admin/api/transcripts/" + conversationId + "/reveal",
                "{\"reason\":\"a cross-site request forged\"}", null);
        String pageCsrf = csrfToken(home.body());
        HttpResponse<String> postWithCsrf = browser.postJson("/admin/api/transcripts/" + conversationId + "/reveal",
                "{\"reason\":\"calling the citizen back\"}", pageCsrf);

        assertThat(postWithoutCsrf.statusCode()).isEqualTo(403);
        assertThat(postWithoutCsrf.body()).contains("csrf.invalid");
        assertThat(postWithCsrf.statusCode()).isEqualTo(200);
        assertThat(audit.recent(50)).filteredOn(entry -> username.equals(entry.username()))
                .extracting(StaffAudit.Entry::action).contains("sign-in", "sign-in.failed", "request", "transcript.reveal");

        HttpResponse<String> signedOut = browser.postForm("/admin/logout", "_csrf=" + encode(pageCsrf));
        assertThat(signedOut.headers().firstValue("Location")).as(signedOut.statusCode() + " " + signedOut.body())
                .hasValueSatisfying(l -> assertThat(l).contains("signedOut"));
        assertThat(browser.get("/admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void basicWithAFormBodyStillNeedsTheCsrfToken() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/api/transcripts/"
                        + conversationId + "/reveal"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (StaffApi.ADMIN + ":" + StaffApi.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=forged+by+a+cross-site+form")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("csrf.invalid").doesNotContain("7777");
    }

    private Browser browser() {
        return new Browser(port);
    }

    private static String csrfToken(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser: keeps cookies, does not follow redirects. */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Browser(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> getJson(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> postForm(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> postJson(String path, String json, String csrf) {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
