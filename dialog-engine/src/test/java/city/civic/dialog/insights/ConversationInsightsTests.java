package city.civic.dialog.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights.Figures;
import city.civic.dialog.ConversationInsights.Page;
import city.civic.dialog.ConversationInsights.Search;
import city.civic.dialog.ConversationInsights.Summary;
import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.tickets.store.JdbcTicketWorkflow;
import city.civic.tickets.store.JdbcTickets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Summaries, search and figures in a real H2 database with the real migrations (the Java back-fill too). */
class ConversationInsightsTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    final JsonMapper json = JsonMapper.builder().build();
    JdbcDataSource dataSource;
    JdbcClient jdbc;
    JdbcConversationInsights insights;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var tickets = new JdbcTickets(jdbc, transactions, Clock.systemUTC(), SEOUL);
        insights = new JdbcConversationInsights(jdbc,
                new JdbcTicketWorkflow(tickets, jdbc, transactions, event -> { }, Clock.systemUTC()), SEOUL);
    }

    void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    @Test
    void theMigrationSummarisesConversationsKeptFromBefore() {
        migrate("2.10.1");
        conversation("old", Channel.PHONE, "2026-03-02T10:00:00+09:00");
        messages("old", TurnTallyTests.citizen("a person please"), TurnTallyTests.bot(new Reply("Hold on", "en",
                "agent.request", 1, List.of(), null, List.of(), true)));

        migrate("latest");

        Summary old = insights.search(new Search(MARCH_2, MARCH_2, null, null, null, 0, 10)).items().get(0);
        assertThat(old.outcome()).isEqualTo(ConversationOutcome.HANDED_OFF);
        assertThat(old.turns()).isEqualTo(1);
        assertThat(old.intents()).containsExactly("agent.request");
    }

    @Test
    void searchFiltersByTheCitysDaysChannelIntentAndOutcome() {
        migrate("latest");
        answered("late-web", Channel.WEB, "2026-03-02T23:30:00+09:00");
        answered("early-phone", Channel.PHONE, "2026-03-02T00:10:00+09:00");
        answered("day-before", Channel.WEB, "2026-03-01T23:59:00+09:00");
        unanswered("unknown", Channel.WEB, "2026-03-02T12:00:00+09:00");

        assertThat(ids(new Search(MARCH_2, MARCH_2, null, null, null, 0, 10)))
                .containsExactly("late-web", "unknown", "early-phone");
        assertThat(ids(new Search(MARCH_2, MARCH_2, Channel.PHONE, null, null, 0, 10))).containsExactly("early-phone");
        assertThat(ids(new Search(MARCH_2, MARCH_2, null, "oos", null, 0, 10))).containsExactly("unknown");
        assertThat(ids(new Search(MARCH_2.minusDays(1), MARCH_2, null, null, ConversationOutcome.ANSWERED, 0, 10)))
                .containsExactly("late-web", "early-phone", "day-before");
    }

    @Test
    void searchPagesNewestFirstAndCountsTheWhole() {
        migrate("latest");
        for (int i = 0; i < 5; i++) {
            answered("c" + i, Channel.WEB, "2026-03-02T1" + i + ":00:00+09:00");
        }

        Page second = insights.search(new Search(MARCH_2, MARCH_2, null, null, null, 1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.items()).extracting(Summary::conversationId).containsExactly("c2", "c1");
    }

    @Test
    void figuresCountConversationsTurnsAnswersAndTicketsOnTheCitysHours() {
        migrate("latest");
        answered("a", Channel.WEB, "2026-03-02T09:15:00+09:00");
        answered("b", Channel.PHONE, "2026-03-02T09:45:00+09:00");
        unanswered("c", Channel.WEB, "2026-03-03T18:00:00+09:00");
        conversation("silent", Channel.API, "2026-03-03T18:05:00+09:00");
        ticket("streetlight.report", "RECEIVED", "2026-03-02T10:00:00+09:00");
        ticket("streetlight.report", "RESOLVED", "2026-03-03T10:00:00+09:00");
        ticket("streetlight.report", "RECEIVED", "2026-03-05T10:00:00+09:00");

        Figures figures = insights.figures(MARCH_2, MARCH_2.plusDays(1));

        assertThat(figures.conversations()).isEqualTo(4);
        assertThat(figures.conversationsWithTurns()).isEqualTo(3);
        assertThat(figures.containmentRate()).isEqualTo(2.0 / 3);
        assertThat(figures.unansweredRate()).isEqualTo(1.0 / 3);
        assertThat(figures.byChannel()).containsEntry(Channel.WEB, 2L).containsEntry(Channel.PHONE, 1L)
                .containsEntry(Channel.API, 1L);
        assertThat(figures.byDay()).containsExactly(java.util.Map.entry(MARCH_2, 2L),
                java.util.Map.entry(MARCH_2.plusDays(1), 2L));
        assertThat(figures.byHourOfDay().get(9)).isEqualTo(2);
        assertThat(figures.byHourOfDay().get(18)).isEqualTo(2);
        assertThat(figures.topIntents()).first().satisfies(top -> {
            assertThat(top.key()).isEqualTo("faq");
            assertThat(top.count()).isEqualTo(2);
        });
        assertThat(figures.answerUse()).singleElement().satisfies(use -> {
            assertThat(use.answerId()).isEqualTo("city-hall-hours");
            assertThat(use.uses()).isEqualTo(2);
        });
        assertThat(figures.tickets()).extracting(t -> t.status() + ":" + t.count())
                .containsExactly("received:1", "resolved:1");
    }

    @Test
    void oneSummaryByIdWithItsIntents() {
        migrate("latest");
        unanswered("one", Channel.WEB, "2026-03-02T09:15:00+09:00");

        assertThat(insights.summary("one")).hasValueSatisfying(summary -> {
            assertThat(summary.intents()).containsExactly("oos");
            assertThat(summary.unansweredTurns()).isEqualTo(1);
        });
        assertThat(insights.summary("nope")).isEmpty();
    }

    @Test
    void aDeletedConversationTakesItsSummaryWithIt() {
        migrate("latest");
        answered("gone", Channel.WEB, "2026-03-02T09:15:00+09:00");

        jdbc.sql("delete from conversation_message where conversation_id = 'gone'").update();
        jdbc.sql("delete from conversation where id = 'gone'").update();

        assertThat(jdbc.sql("select count(*) from conversation_intent").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from conversation_answer").query(Long.class).single()).isZero();
    }

    private List<String> ids(Search search) {
        return insights.search(search).items().stream().map(Summary::conversationId).toList();
    }

    private void answered(String id, Channel channel, String startedAt) {
        conversation(id, channel, startedAt);
        var entries = List.of(TurnTallyTests.citizen("when is city hall open"), TurnTallyTests.bot(new Reply(
                "9 to 6", "en", "faq", 0.9, List.of(new Reply.Source("city-hall-hours", "City hall hours")), null,
                List.of(), false)));
        messages(id, entries.toArray(Transcript.Entry[]::new));
        new ConversationSummaries(jdbc).add(id, entries);
    }

    private void unanswered(String id, Channel channel, String startedAt) {
        conversation(id, channel, startedAt);
        var entries = List.of(TurnTallyTests.citizen("banana"), TurnTallyTests.bot(TurnTallyTests.reply("oos")));
        new ConversationSummaries(jdbc).add(id, entries);
    }

    private void conversation(String id, Channel channel, String startedAt) {
        Timestamp at = Timestamp.from(Instant.from(java.time.OffsetDateTime.parse(startedAt)));
        jdbc.sql("insert into conversation (id, token_hash, channel, language, started_at, last_active_at, state)"
                + " values (?, 'hash', ?, 'en', ?, ?, '{}')").params(id, channel.name(), at, at).update();
    }

    private void messages(String id, Transcript.Entry... entries) {
        for (int seq = 0; seq < entries.length; seq++) {
            Transcript.Entry entry = entries[seq];
            jdbc.sql("insert into conversation_message (conversation_id, seq, role, text, at, reply)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(id, seq, entry.role(), entry.text(), Timestamp.from(entry.at()),
                            entry.reply() == null ? null : json.writeValueAsString(entry.reply()))
                    .update();
        }
    }

    private void ticket(String intent, String status, String createdAt) {
        jdbc.sql("merge into department (id, name_en, name_ko) key (id) values ('lights', 'Lights', '조명')").update();
        Timestamp at = Timestamp.from(Instant.from(java.time.OffsetDateTime.parse(createdAt)));
        jdbc.sql("insert into ticket (service_code, intent, department, description, location, language, channel,"
                        + " status, created_at, updated_at) values ('streetlight', ?, 'lights', 'dark', 'here', 'en',"
                        + " 'WEB', ?, ?, ?)")
                .params(intent, status, at, at).update();
    }
}
