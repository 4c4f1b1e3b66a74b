package city.civic.dialog.handoff;

import city.civic.dialog.Channel;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.HandoffSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-offs in the database, so every instance sees the same queue. A state change is a conditional
 * update ({@code where status = ...}): of two counsellors picking up the same chat, exactly one succeeds.
 */
public final class HandoffQueue {

    private static final String COLUMNS = "conversation_id, channel, language, requested_at, reason, status,"
            + " counsellor, picked_up_by, summary";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public HandoffQueue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new hand-off, or the conversation's earlier one opened again, waiting. */
    public void request(String conversationId, Channel channel, String language, String reason,
            HandoffSummary summary, Instant at) {
        String summaryJson = json.writeValueAsString(summary);
        int reopened = jdbc.sql("update handoff set channel = ?, language = ?, reason = ?, status = ?,"
                        + " requested_at = ?, counsellor = null, picked_up_by = null, picked_up_at = null,"
                        + " closed_at = null, summary = ? where conversation_id = ?")
                .params(channel.name(), language, reason, HandoffStatus.WAITING.name(), utc(at), summaryJson,
                        conversationId)
                .update();
        if (reopened == 0) {
            jdbc.sql("insert into handoff (conversation_id, channel, language, reason, status, requested_at, summary)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(conversationId, channel.name(), language, reason, HandoffStatus.WAITING.name(), utc(at),
                            summaryJson)
                    .update();
        }
    }

    public Optional<Handoff> find(String conversationId) {
        return jdbc.sql("select " + COLUMNS + " from handoff where conversation_id = ?")
                .param(conversationId).query(this::map).optional();
    }

    /** Waiting and active, the longest waiting first. */
    public List<Handoff> open() {
        return jdbc.sql("select " + COLUMNS + " from handoff where status in (?, ?) order by requested_at")
                .params(HandoffStatus.WAITING.name(), HandoffStatus.ACTIVE.name()).query(this::map).list();
    }

    /** Chats waiting for a counsellor that were asked for before this one (phone calls wait in Asterisk). */
    public int waitingBefore(String conversationId, Instant since) {
        return jdbc.sql("select count(*) from handoff where status = ? and channel <> ? and requested_at < ?"
                        + " and conversation_id <> ?")
                .params(HandoffStatus.WAITING.name(), Channel.PHONE.name(), utc(since), conversationId)
                .query(Integer.class).single();
    }

    /** @return false when it was not waiting (picked up by someone else meanwhile, or closed) */
    public boolean pickUp(String conversationId, String counsellor, String staff, Instant at) {
        return jdbc.sql("update handoff set status = ?, counsellor = ?, picked_up_by = ?, picked_up_at = ?"
                        + " where conversation_id = ? and status = ?")
                .params(HandoffStatus.ACTIVE.name(), counsellor, staff, utc(at), conversationId,
                        HandoffStatus.WAITING.name())
                .update() == 1;
    }

    /** @return false when it was not open */
    public boolean close(String conversationId, Instant at) {
        return jdbc.sql("update handoff set status = ?, closed_at = ? where conversation_id = ? and status in (?, ?)")
                .params(HandoffStatus.CLOSED.name(), utc(at), conversationId, HandoffStatus.WAITING.name(),
                        HandoffStatus.ACTIVE.name())
                .update() == 1;
    }

    private Handoff map(ResultSet rs, int row) throws SQLException {
        return new Handoff(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                HandoffStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                json.readValue(rs.getString(9), HandoffSummary.class));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
