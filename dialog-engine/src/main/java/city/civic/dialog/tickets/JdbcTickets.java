package city.civic.dialog.tickets;

import city.civic.dialog.Channel;
import city.civic.dialog.Ticket;
import city.civic.dialog.TicketStatus;
import city.civic.dialog.Tickets;
import city.civic.dialog.nlu.EntityExtractor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Tickets keyed by a database sequence; the public number "SC-2026-000123" is derived from it and the
 * year of filing, so it is assigned atomically by the insert and can never collide.
 */
public class JdbcTickets implements Tickets {

    private static final String COLUMNS = "seq, service_code, intent, department, description, place_id, location,"
            + " lat, lon, observed_when, contact, language, channel, conversation_id, status, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    public JdbcTickets(JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Ticket file(NewTicket t) {
        var now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ticket (service_code, intent, department, description, place_id, location, lat, lon,"
                        + " observed_when, contact, language, channel, conversation_id, status, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.serviceCode(), t.intent(), t.department(), cut(t.description(), 2000), t.placeId(),
                        cut(t.location(), 500), t.lat(), t.lon(), cut(t.observedWhen(), 200), cut(t.contact(), 100),
                        t.language(), t.channel().name(), t.conversationId(), TicketStatus.RECEIVED.name(), now, now)
                .update(keys, "seq");
        long seq = keys.getKeyAs(Number.class).longValue();
        return findBySeq(seq).orElseThrow();
    }

    @Override
    public Optional<Ticket> find(String ticketNumber) {
        return EntityExtractor.ticketId(ticketNumber).flatMap(normal -> {
            long seq = Long.parseLong(normal.substring(normal.lastIndexOf('-') + 1));
            return findBySeq(seq).filter(ticket -> ticket.id().equals(normal));
        });
    }

    @Override
    public List<Ticket> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from ticket order by seq desc fetch first ? rows only")
                .param(limit).query(this::map).list();
    }

    private Optional<Ticket> findBySeq(long seq) {
        return jdbc.sql("select " + COLUMNS + " from ticket where seq = ?").param(seq).query(this::map).optional();
    }

    private Ticket map(ResultSet rs, int row) throws SQLException {
        Instant created = rs.getTimestamp("created_at").toInstant();
        String id = "SC-%d-%06d".formatted(created.atZone(zone).getYear(), rs.getLong("seq"));
        return new Ticket(id, rs.getString("service_code"), rs.getString("intent"), rs.getString("department"),
                rs.getString("description"), rs.getString("place_id"), rs.getString("location"),
                (Double) rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
                rs.getString("observed_when"), rs.getString("contact"), rs.getString("language"),
                Channel.valueOf(rs.getString("channel")), rs.getString("conversation_id"),
                TicketStatus.valueOf(rs.getString("status")), created, rs.getTimestamp("updated_at").toInstant());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
