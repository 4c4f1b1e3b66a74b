package city.civic.cluster.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.prod.PostgresDatabase;
import city.civic.prod.ProdInstance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances as two JVMs on one PostgreSQL database, delivering to one simulated center both reach over HTTP
 * (served by this test's JVM). Citizens file reports turn by turn on both; instance A is killed with SIGKILL while
 * it holds a delivery and while conversations are half way. The conversations go on on B, B takes over A's
 * delivery once its lease lapses, and the center receives every ticket exactly once.
 */
class InstanceKilledFaultTests {

    static final int REPORTS = 12;
    static final int HALF_WAY = 3;
    /** Each center call takes this long, so a worker spends most of its time inside one. */
    static final Duration CENTER_DELAY = Duration.ofMillis(400);
    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration START_WITHIN = Duration.ofMinutes(15);

    static PostgresDatabase database;
    static SimulatedCenter center;
    static ChildInstance a;
    static ChildInstance b;

    @BeforeAll
    static void start() {
        database = new PostgresDatabase();
        center = new SimulatedCenter(0, Clock.systemUTC());
        Path directory = Path.of("target/it-data", database.name());
        a = ChildInstance.start("a", directory, environment(directory.resolve("index-a")), settings());
        b = ChildInstance.start("b", directory, environment(directory.resolve("index-b")), settings());
        a.awaitReady(START_WITHIN);
        b.awaitReady(START_WITHIN);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, center, database}) {
            if (closing != null) {
                try {
                    closing.close();
                } catch (Exception e) {
                    System.err.println("closing " + closing + ": " + e);
                }
            }
        }
    }

    /** What an operator sets, the center being the shared one (over http, which a lab allows explicitly). */
    static Map<String, String> environment(Path index) {
        var environment = new HashMap<>(ProdInstance.environment(database.url(), index.toString()));
        environment.put("CIVIC_CENTER_MODE", "open311");
        environment.put("CIVIC_CENTER_URL", center.baseUrl());
        environment.put("CIVIC_CENTER_API_KEY", "fault-tests");
        return environment;
    }

    /** A lease short enough to wait for, longer than a center call; every citizen from one address. */
    static Map<String, String> settings() {
        var settings = new HashMap<>(ProdInstance.testSettings());
        settings.put("civic.dialog.delivery.lease", LEASE.toMillis() + "ms");
        settings.put("civic.integrations.center.timeout", "2s");
        settings.put("civic.dialog.delivery.status-interval", "10m");
        settings.putAll(ProdInstance.manyCitizensFromOneAddress());
        return settings;
    }

    @Test
    void everyTicketReachesTheCenterOnceWhenAnInstanceIsKilledMidDeliveryAndMidConversation() throws Exception {
        center.delay(CENTER_DELAY.toMillis());
        var outbox = new Outbox(database);
        List<StreetlightReport> halfWay = new ArrayList<>();
        for (int i = 0; i < HALF_WAY; i++) {
            StreetlightReport report = StreetlightReport.startOn(Duration.ofSeconds(10), a.port());
            assertThat(report.next(a.port()).status()).isEqualTo(200);
            assertThat(report.next(a.port()).status()).isEqualTo(200);
            halfWay.add(report);
        }
        ExecutorService citizens = Executors.newFixedThreadPool(4);
        List<Future<String>> filing = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            int[] ports = i % 2 == 0 ? new int[] {a.port(), b.port()} : new int[] {b.port(), a.port()};
            filing.add(citizens.submit(() -> StreetlightReport.startOn(Duration.ofSeconds(30), ports)
                    .fileOn(Duration.ofSeconds(60), ports)));
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> outbox.claimed() == 2); // each instance's worker inside a delivery
        a.kill();
        long deliveredBeforeTheKill = outbox.delivered();

        assertThat(a.isAlive()).as("A after SIGKILL").isFalse();
        assertThat(a.exitValue()).as("killed by signal 9").isEqualTo(137);
        List<String> filed = new ArrayList<>();
        for (StreetlightReport report : halfWay) {
            assertThat(report.turns()).isEqualTo(2);
            filed.add(report.fileOn(Duration.ofSeconds(30), b.port()));
        }
        for (Future<String> report : filing) {
            filed.add(report.get());
        }
        citizens.shutdown();
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.delivered() == filed.size());
        CenterCount count = CenterCount.of(filed, center.requests());

        System.out.printf("[faults] SIGKILL of instance A mid-delivery and mid-conversation: %s"
                + " (%d delivered before the kill, %d finished by B after an interrupted attempt)%n",
                count, deliveredBeforeTheKill, outbox.deliveredAfterAnInterruption());
        assertThat(filed).doesNotHaveDuplicates().hasSize(REPORTS + HALF_WAY);
        assertThat(outbox.tickets()).as("tickets in the database").isEqualTo(filed.size());
        assertThat(count).isEqualTo(new CenterCount(filed.size(), filed.size(), 0, 0));
        assertThat(center.requests()).hasSize(filed.size());
        assertThat(outbox.deliveredAfterAnInterruption()).as("A's delivery, finished by B").isPositive();
    }
}
