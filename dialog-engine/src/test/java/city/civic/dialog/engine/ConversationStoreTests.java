package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Conversations in a real H2 database with the real migrations. */
class ConversationStoreTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
    final String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcClient jdbc;
    TransactionTemplate transactions;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    ConversationStore newStore() {
        return new ConversationStore(jdbc, transactions, JsonMapper.builder().build(), clock, Duration.ofHours(24));
    }

    @Test
    void aConversationSurvivesARestartWithItsStateAndTranscript() {
        var state = new ConversationState();
        state.language = "ko";
        state.report = new ReportForm("streetlight.report");
        state.report.slots.put("where", "경안시장 앞");
        state.report.awaiting = "when";
        ConversationStore before = newStore();
        Conversation conversation = before.create("c-1", "hash", Channel.WEB, state);
        before.save(conversation, List.of(
                new Transcript.Entry("citizen", "가로등이 꺼졌어요", clock.instant(), null),
                new Transcript.Entry("bot", "언제 보셨어요?", clock.instant(),
                        new Reply("언제 보셨어요?", "ko", "streetlight.report", 1, List.of(), null, List.of(), false))));

        ConversationStore after = newStore();
        Conversation restored = after.find("c-1").orElseThrow();

        assertThat(restored.state.report.slots).containsEntry("where", "경안시장 앞");
        assertThat(restored.state.report.awaiting).isEqualTo("when");
        assertThat(restored.version).isEqualTo(1);
        after.save(restored, List.of(new Transcript.Entry("citizen", "어제요", clock.instant(), null)));
        assertThat(after.transcript("c-1").orElseThrow().messages())
                .extracting(Transcript.Entry::role).containsExactly("citizen", "bot", "citizen");
        assertThat(after.transcript("c-1").orElseThrow().messages().get(1).reply().intent())
                .isEqualTo("streetlight.report");
    }

    /** A store with its own connections and transactions to the same database, as another instance has. */
    ConversationStore otherInstance() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return new ConversationStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), JsonMapper.builder().build(),
                clock, Duration.ofHours(24));
    }

    @Test
    void aSaveFromAnOlderCopyIsRefusedAndTheNewerSaveStays() {
        ConversationStore store = newStore();
        store.create("c-4", "hash", Channel.WEB, english());
        Conversation first = store.find("c-4").orElseThrow();
        Conversation second = otherInstance().find("c-4").orElseThrow();
        first.state.misunderstandings = 1;
        store.save(first, List.of(citizen("first")));

        second.state.misunderstandings = 7;
        assertThatThrownBy(() -> otherInstance().save(second, List.of(citizen("second"))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Conversation stored = newStore().find("c-4").orElseThrow();
        assertThat(stored.state.misunderstandings).isEqualTo(1);
        assertThat(stored.version).isEqualTo(1);
        assertThat(texts("c-4")).containsExactly("first");
    }

    @Test
    void aTurnThatLosesTheRaceRunsAgainOnTheStoredState() {
        ConversationStore store = newStore();
        ConversationStore other = otherInstance();
        store.create("c-5", "hash", Channel.WEB, english());
        var attempts = new AtomicInteger();

        String result = store.serially("c-5", () -> {
            Conversation mine = store.find("c-5").orElseThrow();
            if (attempts.incrementAndGet() == 1) {
                Conversation theirs = other.find("c-5").orElseThrow();
                theirs.state.misunderstandings = 3;
                other.save(theirs, List.of(citizen("other")));
            }
            mine.state.misunderstandings++;
            store.save(mine, List.of(citizen("mine " + attempts.get())));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(newStore().find("c-5").orElseThrow().state.misunderstandings).isEqualTo(4);
        assertThat(texts("c-5")).containsExactly("other", "mine 2");
    }

    @Test
    void aTurnThatKeepsLosingFailsClearlyAndStoresNothingOfItself() {
        ConversationStore store = newStore();
        ConversationStore other = otherInstance();
        store.create("c-6", "hash", Channel.WEB, english());
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> store.serially("c-6", () -> {
            Conversation mine = store.find("c-6").orElseThrow();
            attempts.incrementAndGet();
            other.save(other.find("c-6").orElseThrow(), List.of(citizen("other")));
            store.save(mine, List.of(citizen("mine")));
            return "done";
        })).isInstanceOf(ConversationBusyException.class).hasMessageContaining("not applied");

        assertThat(attempts).hasValue(ConversationStore.ATTEMPTS);
        assertThat(texts("c-6")).hasSize(ConversationStore.ATTEMPTS).containsOnly("other");
        assertThat(newStore().find("c-6").orElseThrow().version).isEqualTo(ConversationStore.ATTEMPTS);
    }

    private List<String> texts(String id) {
        return newStore().transcript(id).orElseThrow().messages().stream().map(Transcript.Entry::text).toList();
    }

    private Transcript.Entry citizen(String text) {
        return new Transcript.Entry("citizen", text, clock.instant(), null);
    }

    private static ConversationState english() {
        var state = new ConversationState();
        state.language = "en";
        return state;
    }

    @Test
    void aSpokenTurnKeepsItsRecognizerConfidenceAndOfficialsReadItMasked() {
        var state = new ConversationState();
        state.language = "en";
        ConversationStore store = newStore();
        Conversation conversation = store.create("c-3", "hash", Channel.PHONE, state);
        store.save(conversation, List.of(
                new Transcript.Entry("citizen", "call me on 010 1234 5678", clock.instant(), null, 0.83),
                new Transcript.Entry("bot", "We will call 010-1234-5678 about SC-2026-000123.", clock.instant(),
                        new Reply("We will call 010-1234-5678 about SC-2026-000123.", "en", "streetlight.report",
                                1, List.of(), null, List.of(), false))));

        Transcript transcript = newStore().transcript("c-3").orElseThrow();
        assertThat(transcript.messages()).extracting(Transcript.Entry::asrConfidence).containsExactly(0.83, null);
        assertThat(transcript.messages().get(0).text()).isEqualTo("call me on 010 1234 5678");

        Transcript masked = transcript.masked();
        assertThat(masked.messages()).extracting(Transcript.Entry::text)
                .containsExactly("call me on [redacted]", "We will call [redacted] about SC-2026-000123.");
        assertThat(masked.messages().get(1).reply().text()).doesNotContain("1234");
        assertThat(masked.messages().get(0).asrConfidence()).isEqualTo(0.83);
    }

    @Test
    void anIdleConversationExpires() {
        ConversationStore store = newStore();
        var state = new ConversationState();
        state.language = "en";
        store.create("c-2", "hash", Channel.WEB, state);

        clock.advance(Duration.ofHours(23));
        assertThat(store.find("c-2")).isPresent();
        clock.advance(Duration.ofHours(2));
        assertThat(store.find("c-2")).isEmpty();
        assertThat(newStore().find("c-2")).isEmpty();
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertThat(newStore().find("nope")).isEmpty();
        assertThat(newStore().transcript("nope")).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
