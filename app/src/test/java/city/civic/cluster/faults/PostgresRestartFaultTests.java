package city.civic.cluster.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.cluster.relay.Citizen;
import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.prod.PostgresDatabase;
import city.civic.prod.ProdInstance;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server itself restarted (its operator's command, not a cut line) while citizens chat and file
 * reports on a prod instance: each request succeeds or fails fast with a clear 503 that is safe to send again, no
 * ticket is lost or doubled on the way to the center, and the instance recovers by itself: readiness UP again
 * and turns answered, without a restart.
 */
class PostgresRestartFaultTests {

    static final int REPORTS = 8;
    static final int CITIZENS = 4;
    /** A request may wait this long for the database (the pool's connection timeout, 5 s, and its own work). */
    static final Duration FAIL_FAST = Duration.ofSeconds(8);
    static final String QUESTION = "When does city hall open?";

    static PostgresDatabase database;
    static ProdInstance app;

    @BeforeAll
    static void start() {
        database = new PostgresDatabase();
        var environment = new HashMap<>(ProdInstance.environment(database.url(),
                "target/it-data/" + database.name() + "/index"));
        environment.putAll(ProdInstance.manyCitizensFromOneAddress());
        app = ProdInstance.start(environment);
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
    void requestsFailFastOrSucceedNoTicketIsLostOrDoubledAndTheInstanceRecoversByItself() throws Exception {
        var outbox = new Outbox(database);
        var chatter = new Chatter(app.port());
        ExecutorService citizens = Executors.newFixedThreadPool(CITIZENS + 1);
        Future<?> chatting = citizens.submit(chatter);
        List<StreetlightReport> reports = Collections.synchronizedList(new ArrayList<>());
        List<Future<String>> filing = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            filing.add(citizens.submit(() -> {
                StreetlightReport report = StreetlightReport.startOn(Duration.ofSeconds(60), app.port());
                reports.add(report);
                return report.fileOn(Duration.ofSeconds(90), app.port());
            }));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.tickets() >= 1); // under load
        Duration restart = ServerCommand.timed(ServerCommand.postgresRestart());
        Instant restarted = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(this::ready);
        Duration readyAgainAfter = Duration.between(restarted, Instant.now());
        List<String> filed = new ArrayList<>();
        for (Future<String> report : filing) {
            filed.add(report.get());
        }
        chatter.stop();
        chatting.get();
        citizens.shutdown();
        int afterwards = Citizen.startOn(app.port()).attempt(app.port(), QUESTION, "after-1").status();
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.delivered() == filed.size());
        CenterCount count = CenterCount.of(filed, app.bean(SimulatedCenter.class).requests());
        List<StreetlightReport.Failure> failures = new ArrayList<>(chatter.failures);
        reports.forEach(report -> failures.addAll(report.failures()));
        Duration slowestFailure = failures.stream().map(StreetlightReport.Failure::took).max(Duration::compareTo)
                .orElse(Duration.ZERO);

        System.out.printf("[faults] PostgreSQL restarted (%d ms) mid-load: %s; turns %d answered, %d failed"
                + " (statuses %s, slowest failure %d ms), readiness UP %d ms after the restart%n",
                restart.toMillis(), count, chatter.answered.get() + reports.stream()
                        .mapToInt(StreetlightReport::turns).sum(), failures.size(),
                failures.stream().map(f -> f.status() + " " + f.error()).distinct().toList(),
                slowestFailure.toMillis(), readyAgainAfter.toMillis());
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.status()).as("a clear error").isEqualTo(503);
            assertThat(failure.error()).isEqualTo("service.unavailable");
            assertThat(failure.took()).as("failed fast").isLessThan(FAIL_FAST);
        });
        assertThat(chatter.slowestAnswer()).as("answered fast").isLessThan(FAIL_FAST);
        assertThat(afterwards).as("a turn after the restart").isEqualTo(200);
        assertThat(filed).doesNotHaveDuplicates().hasSize(REPORTS);
        assertThat(outbox.tickets()).as("tickets in the database").isEqualTo(REPORTS);
        assertThat(count).isEqualTo(new CenterCount(REPORTS, REPORTS, 0, 0));
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + app.port() + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Citizens asking a question again and again, in turn and paced under the per-conversation limit, until
     * stopped: every answer and failure, with its time.
     */
    private static final class Chatter implements Runnable {

        static final int ASKING = 15;
        static final Duration PACE = Duration.ofMillis(100);

        final AtomicInteger answered = new AtomicInteger();
        final List<StreetlightReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final int port;
        private volatile Duration slowestAnswer = Duration.ZERO;

        private final List<Citizen> asking = new ArrayList<>();

        /** Opens its conversations before the load starts, so the restart falls among turns. */
        Chatter(int port) {
            this.port = port;
            for (int i = 0; i < ASKING; i++) {
                asking.add(Citizen.startOn(port));
            }
        }

        @Override
        public void run() {
            for (int turn = 0; running.get(); turn++) {
                Instant sent = Instant.now();
                try {
                    Citizen.Turn answer = asking.get(turn % ASKING).attempt(port, QUESTION, "q-" + turn);
                    Duration took = Duration.between(sent, Instant.now());
                    if (answer.status() == 200) {
                        answered.incrementAndGet();
                        slowestAnswer = took.compareTo(slowestAnswer) > 0 ? took : slowestAnswer;
                    } else {
                        failures.add(StreetlightReport.Failure.of(answer.status(), answer.body(), sent));
                    }
                } catch (UncheckedIOException e) {
                    failures.add(new StreetlightReport.Failure(0, e.getMessage(), Duration.between(sent,
                            Instant.now())));
                }
                ChildInstance.sleep(PACE.toMillis());
            }
        }

        Duration slowestAnswer() {
            return slowestAnswer;
        }

        void stop() {
            running.set(false);
        }
    }
}
