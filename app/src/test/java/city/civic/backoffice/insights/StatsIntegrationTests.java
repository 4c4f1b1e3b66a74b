package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /admin/api/stats} exactly as DESIGN.md names it, counting what the turn API did; the dashboard
 * page draws the same figures as SVG charts with tables. Other test classes share the database, so counts are
 * compared before and after.
 */
@IntegrationTest
class StatsIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));
    static final String RANGE = "?from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

    @LocalServerPort
    int port;

    @Test
    void theAnswerHasExactlyTheFieldsOfDesignMd() {
        StaffApi.Response stats = StaffApi.admin(port).get("/admin/api/stats" + RANGE);

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().propertyNames()).containsExactly("conversations", "containmentRate", "handoffs",
                "unansweredRate", "byChannel", "topIntents", "ticketsByCategory");
        assertThat(stats.body().get("conversations").isIntegralNumber()).isTrue();
        assertThat(stats.body().get("containmentRate").isNumber()).isTrue();
        assertThat(stats.body().get("handoffs").isIntegralNumber()).isTrue();
        assertThat(stats.body().get("unansweredRate").isNumber()).isTrue();
        assertThat(stats.body().get("byChannel").propertyNames()).containsExactly("web", "phone", "api");
        assertThat(stats.body().get("topIntents").isArray()).isTrue();
        assertThat(stats.body().get("ticketsByCategory").isObject()).isTrue();
    }

    @Test
    void conversationsHandOffsIntentsAndTicketsAreCounted() {
        var staff = StaffApi.admin(port);
        JsonNode before = staff.get("/admin/api/stats" + RANGE).body();
        var citizen = new TurnApi(port);
        String answered = citizen.start("en");
        citizen.say(answered, "How can I get a copy of my resident registration?");
        String handedOff = citizen.start("ko");
        citizen.say(handedOff, "상담원이랑 통화하고 싶어요");
        String filed = citizen.start("en");
        citizen.say(filed, "The streetlight outside Gwangju Station is broken");
        citizen.say(filed, "since last night");
        citizen.say(filed, "skip");
        citizen.say(filed, "yes");

        JsonNode after = staff.get("/admin/api/stats" + RANGE).body();

        assertThat(after.get("conversations").asLong() - before.get("conversations").asLong()).isEqualTo(3);
        assertThat(after.get("handoffs").asLong() - before.get("handoffs").asLong()).isEqualTo(1);
        assertThat(after.get("byChannel").get("web").asLong() - before.get("byChannel").get("web").asLong())
                .isEqualTo(3);
        assertThat(count(after.get("ticketsByCategory"), "streetlight-fault")
                - count(before.get("ticketsByCategory"), "streetlight-fault")).isEqualTo(1);
        assertThat(after.get("topIntents")).anySatisfy(top -> {
            assertThat(top.get("intent").asString()).isEqualTo("faq");
            assertThat(top.get("count").asLong()).isPositive();
        });
        assertThat(after.get("containmentRate").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void withoutDatesTheLastThirtyDaysAreCounted() {
        StaffApi.Response stats = StaffApi.admin(port).get("/admin/api/stats");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("conversations").asLong()).isPositive();
    }

    @Test
    void badDatesAreRefused() {
        var staff = StaffApi.admin(port);
        Map<String, String> refusals = Map.of(
                "from=2026-02-30", "date.invalid",
                "from=03/01/2026", "date.invalid",
                "to=%3Cscript%3E", "date.invalid",
                "from=2026-03-02&to=2026-03-01", "range.reversed",
                "from=2025-01-01&to=2026-01-02", "range.too_long");
        refusals.forEach((query, code) -> {
            StaffApi.Response refused = staff.get("/admin/api/stats?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().get("error").asString()).as(query).isEqualTo(code);
        });
        assertThat(staff.get("/admin/api/stats?from=2025-01-01&to=2026-01-01").status())
                .as("a year exactly").isEqualTo(200);
    }

    @Test
    void everyStaffRoleMayReadTheFiguresAndStrangersMayNot() {
        for (String role : new String[] {"OFFICIAL", "REVIEWER", "OPERATOR", "ADMIN"}) {
            var staff = Staffers.as(port, Staffers.create(port, role.toLowerCase(), role));
            assertThat(staff.get("/admin/api/stats").status()).as(role).isEqualTo(200);
            assertThat(staff.get("/admin/dashboard").status()).as(role).isEqualTo(200);
        }
        StaffApi.Response stranger = new StaffApi(port, null, null).get("/admin/api/stats");
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.body().get("error").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void theDashboardDrawsAccessibleChartsWithTablesAndRefusesBadDates() {
        var citizen = new TurnApi(port);
        citizen.say(citizen.start("en"), "How can I get a copy of my resident registration?");
        var staff = Staffers.as(port, Staffers.create(port, "official", "OFFICIAL"));

        StaffApi.Response page = staff.get("/admin/dashboard" + RANGE);
        StaffApi.Response refused = staff.get("/admin/dashboard?from=2026-03-02&to=2026-03-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<svg", "role=\"img\"", "<title id=\"per-day-title\"",
                "<desc id=\"per-hour-desc\"", "<rect class=\"bar\"", "<polyline class=\"line\"", "<table",
                "id=\"figure-containment\"");
        assertThat(page.raw().body()).doesNotContain("style=\"", "<script>");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("The start date must not be after the end date.")
                .doesNotContain("<svg");
    }

    private static long count(JsonNode counts, String key) {
        return counts.has(key) ? counts.get(key).asLong() : 0;
    }
}
