package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import city.civic.dialog.Utterance;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a per-instance cache of conversations could save: prints a turn's cost, the cost of loading the conversation
 * (what a cache avoids) and of reading only its version (what a cache checked by version still pays). A measurement,
 * not a test: its name keeps it out of the test suite; run it with {@code -Dtest=TurnCostBenchmark}. Also what
 * de-duplication by client message id costs: a turn with a new id (one more read and one more row) and a re-sent
 * id (answered from the record, no turn). It asserts only that the turns were answered.
 */
class TurnCostBenchmark {

    static final int WARM_UP = 300;
    static final int TURNS = 2_000;

    @TempDir
    Path directory;

    @Test
    void onH2File() {
        // As the application's default URL: H2's default of 8 cached statements is fewer than a turn runs.
        String url = "jdbc:h2:file:" + directory.resolve("civic") + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64";
        measure("h2-file", EngineFixture.migrated(EngineFixture.h2(url)));
    }

    @Test
    void onPostgres() {
        try (var schema = new PostgresSchema()) {
            measure("postgres", schema.connect());
        }
    }

    /** Through a connection pool, as the application runs. */
    private static void measure(String database, DataSource connections) {
        var config = new HikariConfig();
        config.setDataSource(connections);
        config.setMaximumPoolSize(4);
        try (var pool = new HikariDataSource(config)) {
            measurePooled(database, pool);
        }
    }

    private static void measurePooled(String database, DataSource dataSource) {
        var fixture = new EngineFixture(dataSource);
        var jdbc = JdbcClient.create(dataSource);
        List<String> ids = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> fixture.engine.start(Channel.WEB, Language.EN).conversationId()).toList();
        String[] texts = {"hello", EngineFixture.HOURS_QUESTION, "thank you", "the traffic light is broken"};
        int[] n = {0};
        Supplier<String> next = () -> ids.get(n[0]++ % ids.size());
        run(WARM_UP, () -> fixture.engine.handle(next.get(), Utterance.text(texts[n[0] % texts.length])));
        double[] turns = alternating(TURNS,
                () -> fixture.engine.handle(next.get(), Utterance.text(texts[n[0] % texts.length])),
                () -> fixture.engine.handle(next.get(), Utterance.text(texts[n[0] % texts.length]),
                        java.util.UUID.randomUUID().toString()));
        double turn = turns[0];
        double withId = turns[1];
        ids.forEach(id -> fixture.engine.handle(id, Utterance.text("hello"), "sent-twice"));
        double reSent = run(TURNS, () -> fixture.engine.handle(next.get(), Utterance.text("hello"), "sent-twice"));
        run(WARM_UP, () -> fixture.store.find(next.get()));
        double load = run(TURNS, () -> fixture.store.find(next.get()));
        double version = run(TURNS, () -> jdbc.sql("select version from conversation where id = ?")
                .param(next.get()).query(Long.class).single());
        System.out.printf("turn-cost database=%s turn_us=%.0f load_us=%.0f version_check_us=%.0f"
                + " cache_saves_at_most=%.1f%% turn_with_client_message_id_us=%.0f re_sent_us=%.0f%n", database, turn,
                load, version, 100 * (load - version) / turn, withId, reSent);
        assertThat(fixture.store.transcript(ids.get(0)).orElseThrow().messages()).hasSizeGreaterThan(2);
    }

    /** Mean microseconds per call of each, in alternating rounds: a change in the machine's load hits both alike. */
    private static double[] alternating(int times, Runnable first, Runnable second) {
        int rounds = 10;
        double[] total = new double[2];
        for (int round = 0; round < rounds; round++) {
            total[0] += run(times / rounds, first);
            total[1] += run(times / rounds, second);
        }
        return new double[] {total[0] / rounds, total[1] / rounds};
    }

    /** Mean microseconds per call. */
    private static double run(int times, Runnable call) {
        long started = System.nanoTime();
        for (int i = 0; i < times; i++) {
            call.run();
        }
        return (System.nanoTime() - started) / 1_000.0 / times;
    }
}
