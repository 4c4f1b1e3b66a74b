package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Conversations in a real H2 database with the real migrations. */
class ConversationStoreTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
    JdbcClient jdbc;
    TransactionTemplate transactions;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
        assertThat(restored.nextSeq).isEqualTo(2);
        assertThat(after.transcript("c-1").orElseThrow().messages())
                .extracting(Transcript.Entry::role).containsExactly("citizen", "bot");
        assertThat(after.transcript("c-1").orElseThrow().messages().get(1).reply().intent())
                .isEqualTo("streetlight.report");
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
