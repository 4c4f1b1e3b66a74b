package city.civic.prod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.chat.TurnApi;
import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.security.StaffApi;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

/**
 * The application as production runs it: the {@code prod} profile on a fresh PostgreSQL database, configured
 * through its environment variables (the center simulated, which a lab allows explicitly). Flyway migrates
 * the empty database; a citizen's report goes from the turn API to the center, the staff API and Open311.
 */
class ProdOnPostgresIntegrationTests {

    /** Converted by the outbox's own migration (V5_1_x); until it lands they may keep "timestamp". */

    static PostgresDatabase database;
    static ProdInstance app;

    @BeforeAll
    static void start() {
        database = new PostgresDatabase();
        app = ProdInstance.start(ProdInstance.environment(database.url(),
                "target/it-data/" + database.name() + "/index"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aReportFiledInChatReachesTheCenterOnceAndIsSeenByStaffAndOpen311() {
        var citizen = new TurnApi(app.port());
        String conversation = citizen.start("en");
        citizen.say(conversation, "There is a dead cat on Opo-ro near Opo-eup");
        citizen.say(conversation, "this morning");
        citizen.say(conversation, "no");
        JsonNode filed = citizen.say(conversation, "yes").lastReply();
        String ticket = filed.get("ticket").get("id").asString();
        assertThat(ticket).matches("SC-\\d{4}-\\d{6}");

        var staff = StaffApi.admin(app.port());
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/admin/api/tickets/" + ticket).body()
                .get("centerRequestId").isNull());
        String centerId = staff.get("/admin/api/tickets/" + ticket).body().get("centerRequestId").asString();
        assertThat(app.bean(SimulatedCenter.class).requests())
                .filteredOn(r -> ticket.equals(r.attributes().get("platform_ticket_id")))
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(centerId));

        StaffApi.Response worklist = staff.get("/admin/api/tickets");
        assertThat(worklist.status()).isEqualTo(200);
        assertThat(worklist.body().valueStream().map(t -> t.get("id").asString())).contains(ticket);

        var anonymous = new StaffApi(app.port(), null, null);
        StaffApi.Response open311 = anonymous.get("/open311/v2/requests/" + ticket + ".json");
        assertThat(open311.status()).isEqualTo(200);
        assertThat(open311.body().get(0).get("service_request_id").asString()).isEqualTo(ticket);

        TurnApi.Response transcript = citizen.get("/api/v1/conversations/" + conversation);
        assertThat(transcript.status()).isEqualTo(200);
        assertThat(transcript.raw().body()).contains(ticket);
    }

    @Test
    void theBackOfficeReadsWhatChatWroteThroughEveryStaffQuery() {
        var citizen = new TurnApi(app.port());
        String conversation = citizen.start("en");
        citizen.say(conversation, "Does the city lend out telescopes for stargazing?");
        var staff = StaffApi.admin(app.port());

        await().atMost(Duration.ofSeconds(30)).until(() -> staff.get("/admin/api/unanswered").raw().body()
                .contains("telescopes"));
        StaffApi.Response stats = staff.get("/admin/api/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("conversations").asLong()).isPositive();
        assertThat(staff.get("/admin/api/transcripts/" + conversation).raw().body()).contains("telescopes");
        for (String path : List.of("/admin/api/answers?lang=en&q=passport", "/admin/api/handoffs",
                "/admin/api/tickets?status=received&category=road-damage")) {
            assertThat(staff.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void logsAreOneJsonObjectALineForTheLogShipper(CapturedOutput output) {
        LoggerFactory.getLogger(ProdOnPostgresIntegrationTests.class).warn("ticket.delivery.check id={}", 42);

        String line = output.getOut().lines().filter(l -> l.contains("ticket.delivery.check")).findFirst()
                .orElseThrow();
        JsonNode logged = JsonMapper.builder().build().readTree(line);
        assertThat(logged.get("message").asString()).isEqualTo("ticket.delivery.check id=42");
        assertThat(logged.at("/log/level").asString()).isEqualTo("WARN");
        assertThat(logged.at("/log/logger").asString()).isEqualTo(ProdOnPostgresIntegrationTests.class.getName());
        assertThat(logged.has("@timestamp")).isTrue();
    }

    @Test
    void readinessAndLivenessAnswerAnonymousCallersWithTheStatusOnly() {
        var anonymous = new StaffApi(app.port(), null, null);

        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            StaffApi.Response response = anonymous.get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.body().get("status").asString()).as(probe).isEqualTo("UP");
            assertThat(response.body().has("components")).as(probe).isFalse();
        }
        JsonNode readiness = StaffApi.admin(app.port()).get("/actuator/health/readiness").body();
        assertThat(readiness.get("components").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("readinessState", "db");
    }

    @Test
    void everyMigrationRanAndEveryInstantKeepsItsTimeZone() throws SQLException {
        try (Connection connection = database.connect()) {
            List<String> failed = strings(connection,
                    "select version from flyway_schema_history where not success");
            List<String> versions = strings(connection, "select version from flyway_schema_history");
            List<String> withoutZone = strings(connection, "select table_name || '.' || column_name"
                    + " from information_schema.columns where table_schema = current_schema()"
                    + " and data_type = 'timestamp without time zone' and table_name <> 'flyway_schema_history'");

            assertThat(failed).isEmpty();
            assertThat(versions).contains("2.10.2", "3.2.1", "5.1.1", "5.2.1", "5.3.1");
            assertThat(withoutZone).isEmpty();
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
