package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.dialog.Conversations;
import city.civic.tickets.Tickets;
import city.civic.dialog.retention.Retention;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The retention job on aged rows: old transcripts (with the replies kept for re-sends) and unanswered questions
 * are gone, recent ones stay; a ticket closed long ago keeps its number, status, category and place and loses its
 * contact.
 */
@IntegrationTest
class RetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Retention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tickets tickets;

    @Autowired
    Conversations conversations;

    @Test
    void purgesWhatIsOlderThanTheRetentionAndKeepsTheRest() {
        TurnApi api = new TurnApi(port);
        String old = api.start("en");
        JsonNode filed = fileReport(api, old);
        String oldTicket = filed.get("ticket").get("id").asString();
        api.say(old, "Does the city lend out telescopes for stargazing?", "m-1");
        String recent = api.start("en");
        String recentTicket = fileReport(api, recent).get("ticket").get("id").asString();
        api.say(recent, "Does the city rent out kayaks for the lake?", "m-1");

        age("conversation", "last_active_at", "id = ?", old, Duration.ofDays(91));
        age("unanswered_question", "asked_at", "conversation_id = ?", old, Duration.ofDays(91));
        closeTicket(oldTicket, Duration.ofDays(31));
        closeTicket(recentTicket, Duration.ofDays(29));

        Retention.Purged purged = retention.purge();

        assertThat(purged.conversations()).isGreaterThanOrEqualTo(1);
        assertThat(count("conversation", "id", old)).isZero();
        assertThat(count("conversation_message", "conversation_id", old)).isZero();
        assertThat(count("unanswered_question", "conversation_id", old)).isZero();
        assertThat(count("conversation_reply", "conversation_id", old)).as("replies kept for re-sends").isZero();
        assertThat(count("conversation", "id", recent)).isOne();
        assertThat(count("conversation_message", "conversation_id", recent)).isGreaterThan(3);
        assertThat(count("unanswered_question", "conversation_id", recent)).isOne();
        assertThat(count("conversation_reply", "conversation_id", recent)).isOne();
        assertThat(tickets.find(oldTicket)).hasValueSatisfying(ticket -> {
            assertThat(ticket.contact()).isNull();
            assertThat(ticket.conversationId()).isNull();
            assertThat(ticket.serviceCode()).isEqualTo("streetlight-fault");
            assertThat(ticket.placeId()).isEqualTo("gyeongan-market");
            assertThat(ticket.status().code()).isEqualTo("closed");
            assertThat(ticket.description()).doesNotContain("010-3456-7890");
        });
        assertThat(tickets.find(recentTicket)).hasValueSatisfying(ticket -> {
            assertThat(ticket.contact()).isEqualTo("010-3456-7890");
            assertThat(ticket.conversationId()).isEqualTo(recent);
        });
        assertThat(conversations.keptTranscript(old)).isEmpty();
        assertThat(conversations.keptTranscript(recent)).isPresent();

        assertThat(retention.purge().ticketContacts()).as("a second pass finds nothing more to clear").isZero();
    }

    /** Answers the report form's questions until the ticket is filed. */
    private static JsonNode fileReport(TurnApi api, String id) {
        JsonNode reply = api.say(id, "The streetlight at Gyeongan Market is out, call me on 010-3456-7890").lastReply();
        for (int turn = 0; turn < 6 && reply.get("ticket").isNull(); turn++) {
            String question = reply.get("text").asString().toLowerCase(java.util.Locale.ROOT);
            String answer = question.contains("shall i file") ? "yes"
                    : question.contains("when") ? "since last night" : "010-3456-7890";
            reply = api.say(id, answer).lastReply();
        }
        assertThat(reply.get("ticket").isNull()).as("a ticket was filed").isFalse();
        return reply;
    }

    private void age(String table, String column, String where, String id, Duration by) {
        jdbc.sql("update " + table + " set " + column + " = ? where " + where)
                .params(Timestamp.from(Instant.now().minus(by)), id).update();
    }

    private void closeTicket(String ticketId, Duration ago) {
        long seq = Long.parseLong(ticketId.substring(ticketId.lastIndexOf('-') + 1));
        Timestamp at = Timestamp.from(Instant.now().minus(ago));
        jdbc.sql("update ticket set status = 'CLOSED', closed_at = ?, updated_at = ? where seq = ?")
                .params(at, at, seq).update();
    }

    private int count(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Integer.class).single();
    }
}
