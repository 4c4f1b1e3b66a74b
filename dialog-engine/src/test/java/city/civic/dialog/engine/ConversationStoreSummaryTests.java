package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Every turn the store writes keeps the conversation's summary (outcome, turns, intents) in step. */
class ConversationStoreSummaryTests {

    final Instant now = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void eachSaveAddsItsTurnAndTheOutcomeOnlyRises() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var store = new ConversationStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                JsonMapper.builder().build(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC), Duration.ofHours(1));
        var state = new ConversationState();
        state.language = "en";
        Conversation conversation = store.create("c-1", "hash", Channel.WEB, state);

        store.save(conversation, List.of(bot("greeting", false)));
        store.save(conversation, List.of(citizen(), bot("agent.request", true)));
        store.save(conversation, List.of(citizen(), bot("oos", false)));

        var summary = jdbc.sql("select outcome, turns, unanswered_turns, handed_off from conversation where id = 'c-1'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getBoolean(4))
                .single();
        assertThat(summary).isEqualTo("handed_off 2 1 true");
        assertThat(jdbc.sql("select intent from conversation_intent where conversation_id = 'c-1' order by intent")
                .query(String.class).list()).containsExactly("agent.request", "oos");
    }

    private Transcript.Entry citizen() {
        return new Transcript.Entry("citizen", "…", now, null);
    }

    private Transcript.Entry bot(String intent, boolean handoff) {
        return new Transcript.Entry("bot", "…", now,
                new Reply("…", "en", intent, 1, List.of(), null, List.of(), handoff));
    }
}
