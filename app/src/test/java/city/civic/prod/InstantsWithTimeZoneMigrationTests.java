package city.civic.prod;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL database kept from before V5_3_1 (instants as "timestamp", written as the stores write them:
 * {@code Timestamp.from(instant)} in the JVM's zone) keeps every instant when upgraded to timestamptz.
 */
class InstantsWithTimeZoneMigrationTests {

    final PostgresDatabase database = new PostgresDatabase();
    final Instant started = Instant.parse("2026-03-29T00:30:00.123456Z");

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void conversationsQuestionsAndAnswersKeepTheirInstants() throws SQLException {
        migrate("3.2.1");
        try (Connection connection = database.connect()) {
            insert(connection, "insert into conversation (id, token_hash, channel, language, started_at,"
                    + " last_active_at, state) values ('c-1', 'h', 'WEB', 'en', ?, ?, '{}')", 2);
            insert(connection, "insert into conversation_message (conversation_id, seq, role, text, at)"
                    + " values ('c-1', 0, 'user', 'hello', ?)", 1);
            insert(connection, "insert into unanswered_question (question, lang, asked_at) values ('q', 'en', ?)", 1);
            insert(connection, "insert into department (id, name_en, name_ko) values ('d', 'D', 'D')", 0);
            insert(connection, "insert into answer (id, lang, topic, department, question, alternatives, body, status,"
                    + " updated_at) values ('a', 'en', 't', 'd', 'q', '', 'b', 'PUBLISHED', ?)", 1);
        }

        migrate("latest");

        try (Connection connection = database.connect()) {
            for (String column : new String[] {"conversation.started_at", "conversation.last_active_at",
                    "conversation_message.at", "unanswered_question.asked_at", "answer.updated_at"}) {
                String[] name = column.split("\\.");
                try (var rows = connection.createStatement().executeQuery("select " + name[1] + " from " + name[0])) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1, OffsetDateTime.class).toInstant()).as(column)
                            .isEqualTo(started.truncatedTo(ChronoUnit.MICROS));
                }
            }
        }
    }

    private void insert(Connection connection, String sql, int instants) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= instants; i++) {
                statement.setTimestamp(i, Timestamp.from(started));
            }
            statement.executeUpdate();
        }
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(database.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").outOfOrder(true)
                .target(target).load().migrate();
    }
}
