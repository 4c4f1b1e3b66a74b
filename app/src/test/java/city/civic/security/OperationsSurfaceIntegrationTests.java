package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.chat.TurnApi;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Health shows strangers its status only; metrics are for staff; every response carries security headers. */
@IntegrationTest
class OperationsSurfaceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void anonymousHealthIsTheStatusOnlyAndAdministratorsSeeTheComponents() {
        StaffApi.Response anonymous = new StaffApi(port, null, null).get("/actuator/health");
        StaffApi.Response admin = StaffApi.admin(port).get("/actuator/health");

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(anonymous.raw().body()).doesNotContain("H2", "db", "cctv");
        assertThat(admin.body().get("components").has("db")).isTrue();
    }

    @Test
    void prometheusIsForStaffOnly() {
        String official = new StaffAccounts(accounts, passwords).create("metrics", StaffRole.OFFICIAL);

        assertThat(new StaffApi(port, null, null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new StaffApi(port, official, StaffAccounts.PASSWORD).get("/actuator/prometheus").status())
                .isEqualTo(200);
    }

    @Test
    void eachCitySystemsHealthIsAlsoAMetric() {
        JsonNode components = StaffApi.admin(port).get("/actuator/health").body().get("components");
        String scrape = StaffApi.admin(port).get("/actuator/prometheus").raw().body();

        var integrations = java.util.List.of("itsTraffic", "gitsTraffic", "cctvEvents", "signalControllers");
        for (String name : integrations) {
            assertThat(components.has(name)).as(name + " in /actuator/health").isTrue();
            String up = "UP".equals(components.get(name).get("status").asString()) ? "1.0" : "0.0";
            assertThat(scrape).contains("civic_integration_up{integration=\"" + name + "\"} " + up);
        }
    }

    @Test
    void theChatPageHasAContentSecurityPolicyAndTheUsualHardening() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiIsNeverCachedAndSetsNoSession() {
        TurnApi api = new TurnApi(port);
        String id = api.start("en");
        TurnApi.Response reply = api.say(id, "hello");

        assertThat(reply.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(reply.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(reply.raw().headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anonymousOpen311ReadsWriteNoExceptionTracesIntoTheDatabaseTraceFile() throws Exception {
        Path trace = Path.of(databaseUrl.replace("jdbc:h2:file:", "").split(";")[0] + ".trace.db");
        long before = Files.exists(trace) ? Files.size(trace) : 0;
        TurnApi api = new TurnApi(port);

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/open311/v2/services.json").status()).isEqualTo(200);
            assertThat(api.get("/open311/v2/requests.json").status()).isEqualTo(200);
        }

        assertThat(Files.exists(trace) ? Files.size(trace) : 0).isEqualTo(before);
    }

    @Test
    void staffPagesAreNeverFramedNorCached() {
        StaffApi.Response login = new StaffApi(port, null, null).get("/admin/login");

        assertThat(login.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.raw().headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }
}
