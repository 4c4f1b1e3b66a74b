package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.staff.StaffAudit;
import city.civic.security.StaffApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Staff accounts ({@code ADMIN} only): a new account signs in; a disabled one cannot, and its open session
 * ends at the next request; a change of roles or password ends sessions too; the last enabled administrator
 * stays; bad input changes nothing; every change is audited; names are shown escaped.
 */
@IntegrationTest
class StaffUsersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAudit audit;

    @Test
    void aNewAccountWithAGeneratedPasswordSignsInWithItsRoles() {
        String username = "kim.minji-" + Long.toHexString(System.nanoTime());
        StaffApi.Response created = StaffApi.admin(port).postJson("/admin/api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Kim Minji\",\"department\":\"tax\",\"roles\":[\"OFFICIAL\"]}");

        assertThat(created.status()).isEqualTo(201);
        String password = created.body().get("password").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(created.body().get("roles").get(0).asString()).isEqualTo("OFFICIAL");
        assertThat(created.body().get("department").asString()).isEqualTo("tax");
        var member = new StaffApi(port, username, password);
        assertThat(member.get("/admin/api/transcripts").status()).isEqualTo(200);
        assertThat(member.get("/admin/api/users").status()).as("an official is no administrator").isEqualTo(403);
        assertThat(StaffApi.admin(port).get("/admin/api/users/" + username).body().has("password")).isFalse();
        assertThat(audit.recent(100)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("user.create");
            assertThat(entry.username()).isEqualTo(StaffApi.ADMIN);
            assertThat(entry.detail()).contains("user=" + username, "roles=OFFICIAL").doesNotContain(password);
        });
    }

    @Test
    void aDisabledAccountCannotSignInAndItsOpenSessionEnds() {
        String username = Staffers.create(port, "operator", "OPERATOR");
        StaffSession session = StaffSession.signIn(port, username, Staffers.PASSWORD);
        assertThat(session.get("/admin/").statusCode()).isEqualTo(200);

        StaffApi.Response disabled = StaffApi.admin(port).postJson("/admin/api/users/" + username + "/enabled",
                "{\"enabled\":false}");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(Staffers.as(port, username).get("/admin/api/transcripts").status()).isEqualTo(401);
        assertThat(StaffSession.attemptSignIn(port, username, Staffers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login?error"));
        HttpResponse<String> page = session.get("/admin/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        assertThat(session.getJson("/admin/api/transcripts").statusCode()).as("the session is gone").isEqualTo(401);
        assertThat(audit.recent(100)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("user.disable");
            assertThat(entry.detail()).contains("user=" + username);
        });

        StaffApi.admin(port).postJson("/admin/api/users/" + username + "/enabled", "{\"enabled\":true}");
        assertThat(Staffers.as(port, username).get("/admin/api/transcripts").status()).isEqualTo(200);
    }

    @Test
    void anApiCallOfADisabledSessionIsRefusedAsJson() {
        String username = Staffers.create(port, "official", "OFFICIAL");
        StaffSession session = StaffSession.signIn(port, username, Staffers.PASSWORD);
        assertThat(session.getJson("/admin/api/stats").statusCode()).isEqualTo(200);

        StaffApi.admin(port).postJson("/admin/api/users/" + username + "/enabled", "{\"enabled\":false}");
        HttpResponse<String> refused = session.getJson("/admin/api/stats");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("session.ended");
    }

    @Test
    void newRolesOrANewPasswordEndTheOpenSession() {
        String username = Staffers.create(port, "reviewer", "REVIEWER");
        StaffSession before = StaffSession.signIn(port, username, Staffers.PASSWORD);
        assertThat(before.get("/admin/").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = Staffers.put(port, "/admin/api/users/" + username,
                "{\"roles\":[\"REVIEWER\",\"OFFICIAL\"],\"department\":\"welfare\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(before.get("/admin/").statusCode()).isEqualTo(302);
        StaffSession after = StaffSession.signIn(port, username, Staffers.PASSWORD);
        assertThat(after.get("/admin/").body()).contains("Official").contains("Reviewer");

        StaffApi.Response reset = StaffApi.admin(port).postJson("/admin/api/users/" + username + "/password", "{}");

        String generated = reset.body().get("password").asString();
        assertThat(after.get("/admin/").statusCode()).isEqualTo(302);
        assertThat(Staffers.as(port, username).get("/admin/api/stats").status()).isEqualTo(401);
        assertThat(new StaffApi(port, username, generated).get("/admin/api/stats").status()).isEqualTo(200);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorLoseTheRole() {
        var admin = StaffApi.admin(port);
        List<String> otherAdministrators = new ArrayList<>();
        for (JsonNode member : admin.get("/admin/api/users").body()) {
            String name = member.get("username").asString();
            boolean enabledAdministrator = member.get("enabled").asBoolean()
                    && member.get("roles").toString().contains("ADMIN");
            if (enabledAdministrator && !name.equals(StaffApi.ADMIN)) {
                otherAdministrators.add(name);
                admin.postJson("/admin/api/users/" + name + "/enabled", "{\"enabled\":false}");
            }
        }
        try {
            StaffApi.Response disable = admin.postJson("/admin/api/users/" + StaffApi.ADMIN + "/enabled",
                    "{\"enabled\":false}");
            HttpResponse<String> demote = Staffers.put(port, "/admin/api/users/" + StaffApi.ADMIN,
                    "{\"roles\":[\"OFFICIAL\"]}");

            assertThat(disable.status()).isEqualTo(409);
            assertThat(disable.body().get("error").asString()).isEqualTo("user.last_admin");
            assertThat(demote.statusCode()).isEqualTo(409);
            assertThat(admin.get("/admin/api/users/" + StaffApi.ADMIN).body().get("roles").toString())
                    .contains("ADMIN");
            assertThat(admin.get("/admin/api/stats").status()).as("still signs in").isEqualTo(200);
        } finally {
            otherAdministrators.forEach(name -> admin.postJson("/admin/api/users/" + name + "/enabled",
                    "{\"enabled\":true}"));
        }
    }

    @Test
    void aSecondAdministratorMayDisableTheFirst() {
        String second = Staffers.create(port, "second-admin", "ADMIN");
        var secondAdmin = Staffers.as(port, second);

        StaffApi.Response disabled = secondAdmin.postJson("/admin/api/users/" + second + "/enabled",
                "{\"enabled\":false}");

        assertThat(disabled.status()).as("the first administrator remains").isEqualTo(200);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        var admin = StaffApi.admin(port);
        Map<String, String> refusals = Map.of(
                "{\"username\":\"<script>alert(1)</script>\",\"roles\":[\"OFFICIAL\"]}", "username.invalid",
                "{\"username\":\"ab\",\"roles\":[\"OFFICIAL\"]}", "username.invalid",
                "{\"username\":\"weak-one\",\"roles\":[\"OFFICIAL\"],\"password\":\"short\"}", "password.weak",
                "{\"username\":\"weak-two\",\"roles\":[\"OFFICIAL\"],\"password\":\"weak-two-password\"}", "password.weak",
                "{\"username\":\"long-pw\",\"roles\":[\"OFFICIAL\"],\"password\":\"" + "x1y2z3".repeat(13) + "\"}",
                "password.too_long",
                "{\"username\":\"no-roles\",\"roles\":[]}", "roles.missing",
                "{\"username\":\"odd-role\",\"roles\":[\"MAYOR\"]}", "role.invalid",
                "{\"username\":\"no-dept\",\"roles\":[\"OFFICIAL\"],\"department\":\"ministry-of-magic\"}",
                "department.invalid",
                "{\"username\":\"long-name\",\"roles\":[\"OFFICIAL\"],\"displayName\":\"" + "n".repeat(101) + "\"}",
                "name.invalid",
                "[1,2", "request.malformed");
        int before = admin.get("/admin/api/users").body().size();
        refusals.forEach((body, code) -> {
            StaffApi.Response refused = admin.postJson("/admin/api/users", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("error").asString()).as(body).isEqualTo(code);
        });
        assertThat(admin.get("/admin/api/users").body().size()).isEqualTo(before);

        assertThat(admin.postJson("/admin/api/users", "{\"username\":\"" + StaffApi.ADMIN
                + "\",\"roles\":[\"OFFICIAL\"]}").status()).isEqualTo(409);
        assertThat(admin.get("/admin/api/users/nobody-here").status()).isEqualTo(404);
        assertThat(admin.postJson("/admin/api/users/nobody-here/enabled", "{\"enabled\":false}").status())
                .isEqualTo(404);
        assertThat(admin.postJson("/admin/api/users/" + StaffApi.ADMIN + "/enabled", "{}").status()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsManageAccountsAndStrangersAreAskedToSignIn() {
        for (String role : new String[] {"OFFICIAL", "REVIEWER", "OPERATOR"}) {
            var staff = Staffers.as(port, Staffers.create(port, role.toLowerCase(), role));
            assertThat(staff.get("/admin/api/users").status()).as(role).isEqualTo(403);
            assertThat(staff.postJson("/admin/api/users", "{\"username\":\"sneaky\",\"roles\":[\"ADMIN\"]}").status())
                    .as(role).isEqualTo(403);
            assertThat(staff.get("/admin/users").status()).as(role).isEqualTo(403);
            assertThat(staff.get("/admin/audit").status()).as(role).isEqualTo(403);
        }
        var stranger = new StaffApi(port, null, null);
        assertThat(stranger.get("/admin/api/users").status()).isEqualTo(401);
        StaffApi.Response post = stranger.postJson("/admin/api/users", "{\"username\":\"sneaky\",\"roles\":[\"ADMIN\"]}");
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.body().get("error").asString()).isEqualTo("unauthenticated");
        assertThat(StaffApi.admin(port).get("/admin/api/users/sneaky").status()).isEqualTo(404);
    }

    @Test
    void staffNamesAndAuditDetailsAreShownEscaped() {
        String username = "xss-" + Long.toHexString(System.nanoTime());
        StaffApi.admin(port).postJson("/admin/api/users", "{\"username\":\"" + username + "\",\"roles\":[\"OFFICIAL\"],"
                + "\"displayName\":\"\\\"><img src=x onerror=alert(1)><script>alert(2)</script>\"}");

        String list = StaffApi.admin(port).get("/admin/users").raw().body();
        String one = StaffApi.admin(port).get("/admin/users/" + username).raw().body();
        String log = StaffApi.admin(port).get("/admin/audit?action=user.create").raw().body();

        for (String page : List.of(list, one, log)) {
            assertThat(page).doesNotContain("<img src=x", "<script>alert(2)")
                    .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
        }
    }

    @Test
    void anAdministratorCreatesAnAccountThroughThePageAndSeesThePasswordOnce() {
        StaffSession admin = StaffSession.signIn(port, StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
        admin.get("/admin/users");
        String username = "page-made-" + Long.toHexString(System.nanoTime());

        HttpResponse<String> weak = admin.postForm("/admin/users", "username=" + username
                + "&roles=OFFICIAL&password=short");
        HttpResponse<String> created = admin.postForm("/admin/users", "username=" + username
                + "&displayName=Lee+Jisoo&department=welfare&roles=OFFICIAL&roles=REVIEWER");

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("The password is too weak");
        assertThat(created.statusCode()).isEqualTo(200);
        String password = created.body().replaceAll("(?s).*id=\"generated-password\">([^<]+)<.*", "$1");
        assertThat(new StaffApi(port, username, password).get("/admin/api/stats").status()).isEqualTo(200);
        assertThat(admin.get("/admin/users/" + username).body()).doesNotContain(password);
        HttpResponse<String> log = admin.get("/admin/audit?user=" + StaffApi.ADMIN + "&action=user.create");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("user=" + username);
        assertThat(admin.get("/admin/audit?from=yesterday").statusCode()).isEqualTo(400);
    }
}
