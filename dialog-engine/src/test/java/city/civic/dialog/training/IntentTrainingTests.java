package city.civic.dialog.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.IntentTraining;
import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Refused;
import city.civic.dialog.IntentTraining.Run;
import city.civic.dialog.IntentTraining.RunState;
import city.civic.dialog.IntentTraining.State;
import city.civic.dialog.content.JdbcCityContent;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.LiveIntentClassifier;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Curation and retraining on a real database and the real embedding model; training runs inline here. */
class IntentTrainingTests {

    static final String BY = "official-1";
    static MiniLmTextEmbedder embedder;

    JdbcClient jdbc;
    JdbcCityContent content;
    LiveIntentClassifier live;
    IntentTraining training;

    @BeforeAll
    static void model() {
        embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), 5000);
    }

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:intents-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        content = new JdbcCityContent(jdbc, JsonMapper.builder().build());
        content.importIntentExamples("en", Seed.examples());
        content.importIntentExamples("ko", List.of(new IntentExample("가로등이 꺼졌어요", "streetlight.report"),
                new IntentExample("가로등이 깜빡거려요", "streetlight.report"), new IntentExample("안녕하세요", "greeting")));
        live = new LiveIntentClassifier(IntentClassifier.train(liveExamples(), embedder, 0.2));
        var store = new JdbcIntentExamples(jdbc);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
        var runs = new RetrainingRuns(store, new JdbcActivations(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new HeldOutComparison(embedder, 0.2), live, Runnable::run, clock);
        training = new CuratedIntentTraining(store, new ExampleCuration(store, clock), runs, clock.instant(), () -> { });
    }

    @Test
    void anAddedExampleWaitsForActivationAndIsLearntWhenActivated() {
        Example added = training.add("streetlight.report", "en", "  the lamp   by the school is dark ", BY);

        assertThat(added.text()).isEqualTo("the lamp by the school is dark");
        assertThat(added.state()).isEqualTo(State.ADDED);
        assertThat(content.intentExamples("en")).noneMatch(e -> e.text().equals(added.text()));

        Run run = training.retrain(BY);
        Run ready = training.latestRun().orElseThrow();
        assertThat(ready.id()).isEqualTo(run.id());
        assertThat(ready.state()).isEqualTo(RunState.READY);
        assertThat(ready.candidate().n()).isEqualTo(ready.live().n()).isPositive();

        training.activate(ready.id(), true, BY);

        assertThat(training.latestRun().orElseThrow().state()).isEqualTo(RunState.ACTIVATED);
        assertThat(content.intentExamples("en")).contains(new IntentExample(added.text(), "streetlight.report"));
        assertThat(training.examples("streetlight.report", "en")).allMatch(e -> e.state() == State.LIVE);
        assertThat(training.live().activatedBy()).isEqualTo(BY);
    }

    @Test
    void refusalsChangeNothing() {
        int before = jdbc.sql("select count(*) from intent_example").query(Integer.class).single();

        assertRefused(() -> training.add("streetlight.report", "en", "   ", BY), "example.empty");
        assertRefused(() -> training.add("streetlight.report", "en", "x".repeat(201), BY), "example.too_long");
        assertRefused(() -> training.add("weather.report", "en", "is it raining", BY), "intent.unknown");
        assertRefused(() -> training.add("streetlight.report", "fr", "lampadaire cassé", BY), "lang.unknown");
        assertRefused(() -> training.add("streetlight.report", "en", "The Streetlight is out!", BY),
                "example.duplicate");
        assertRefused(() -> training.add("greeting", "en", "the streetlight is out", BY), "example.conflict");
        assertRefused(() -> training.examples("weather.report", "en"), "intent.unknown");
        assertRefused(() -> training.remove(999_999, BY), "example.not_found");

        assertThat(jdbc.sql("select count(*) from intent_example").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aRemovedExampleStaysLiveUntilActivationAndTheLastOneCannotGo() {
        List<Example> korean = training.examples("streetlight.report", "ko");
        training.remove(korean.get(0).id(), BY);

        assertThat(training.examples("streetlight.report", "ko")).extracting(Example::state)
                .containsExactly(State.REMOVED, State.LIVE);
        assertThat(content.intentExamples("ko")).hasSize(3);
        assertRefused(() -> training.remove(korean.get(1).id(), BY), "example.last");
    }

    @Test
    void aWorseModelIsKeptOutUnlessTheOfficialInsists() {
        IntentClassifier before = live.current();
        List<Example> complaints = training.examples("signal.timing.complaint", "en");
        complaints.subList(1, complaints.size()).forEach(e -> training.remove(e.id(), BY));

        Run ready = training.retrain(BY);
        Run scored = training.latestRun().orElseThrow();

        assertThat(scored.worse()).as("%s", scored).isTrue();
        assertRefused(() -> training.activate(ready.id(), false, BY), "training.worse");
        assertThat(live.current()).isSameAs(before);

        Run activated = training.activate(ready.id(), true, BY);

        assertThat(activated.insisted()).isTrue();
        assertThat(live.current()).isNotSameAs(before);
        assertThat(training.examples("signal.timing.complaint", "en")).hasSize(1);
        assertRefused(() -> training.activate(ready.id(), true, BY), "training.not_ready");
    }

    @Test
    void theHeldOutPartIsAStratifiedSeededShareOfBothModelsExamples() {
        var examples = new ArrayList<Example>();
        for (int i = 0; i < 10; i++) {
            examples.add(new Example(i, "a", "en", "alpha " + i, State.LIVE, null, null));
            examples.add(new Example(100 + i, "b", "en", "beta " + i, State.LIVE, null, null));
        }
        var removed = new Example(200, "a", "en", "alpha removed", State.REMOVED, null, null);
        List<Example> live = new ArrayList<>(examples);
        live.add(removed);

        List<Example> heldOut = HeldOutComparison.heldOut(live, examples);

        assertThat(heldOut).filteredOn(e -> e.intent().equals("a")).hasSize(2);
        assertThat(heldOut).filteredOn(e -> e.intent().equals("b")).hasSize(2);
        assertThat(HeldOutComparison.heldOut(live, examples)).isEqualTo(heldOut);
        List<Example> shuffled = new ArrayList<>(live);
        java.util.Collections.reverse(shuffled);
        assertThat(HeldOutComparison.heldOut(shuffled, examples)).containsExactlyInAnyOrderElementsOf(heldOut);
    }

    private List<IntentExample> liveExamples() {
        var all = new ArrayList<>(content.intentExamples("en"));
        all.addAll(content.intentExamples("ko"));
        return all;
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
