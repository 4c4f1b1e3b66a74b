package city.civic.tickets.store;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.TicketNumber;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets keyed by a database sequence; the public number "SC-2026-000123" is derived from it and the
 * year of filing, so it is assigned atomically by the insert and can never collide.
 */
public class JdbcTickets implements Tickets {

    static final String COLUMNS = "seq, service_code, intent, department, description, place_id, location,"
            + " lat, lon, observed_when, contact, language, channel, conversation_id, status, created_at, updated_at,"
            + " center_request_id, status_notes, duplicate_of, version";
    private static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    public JdbcTickets(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    /** Stores the ticket and its delivery to the center in one transaction: neither exists without the other. */
    @Override
    public Ticket file(NewTicket t) {
        return transactions.execute(tx -> insert(t));
    }

    private Ticket insert(NewTicket t) {
        var now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ticket (service_code, intent, department, description, place_id, location, lat, lon,"
                        + " observed_when, contact, language, channel, conversation_id, status, created_at, updated_at,"
                        + " duplicate_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.serviceCode(), t.intent(), t.department(), cut(t.description(), 4000), t.placeId(),
                        cut(t.location(), 500), t.lat(), t.lon(), cut(t.observedWhen(), 200), cut(t.contact(), 100),
                        t.language(), t.channel().name(), t.conversationId(), TicketStatus.RECEIVED.name(), now, now,
                        openTicketAbout(t).map(Ticket::id).orElse(null))
                .update(keys, "seq");
        long seq = keys.getKeyAs(Number.class).longValue();
        // Due at once by the database's clock, which every instance's delivery worker reads.
        jdbc.sql("insert into ticket_delivery (ticket_seq, state, attempts, next_attempt_at, updated_at)"
                        + " values (?, 'PENDING', 0, current_timestamp, current_timestamp)")
                .param(seq).update();
        return findBySeq(seq).orElseThrow();
    }

    @Override
    public Optional<Ticket> find(String ticketNumber) {
        return TicketNumber.find(ticketNumber).flatMap(normal ->
                findBySeq(TicketNumber.sequence(normal)).filter(ticket -> ticket.id().equals(normal)));
    }

    @Override
    public List<Ticket> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from ticket order by seq desc fetch first ? rows only")
                .param(limit).query(this::map).list();
    }

    @Override
    public List<Ticket> search(TicketQuery query) {
        var sql = new StringBuilder("select " + COLUMNS + " from ticket where 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (query.ids() != null && !query.ids().isEmpty()) {
            var seqs = query.ids().stream().map(TicketNumber::find).flatMap(Optional::stream)
                    .map(TicketNumber::sequence).toList();
            if (seqs.isEmpty()) {
                return List.of();
            }
            sql.append(" and seq in (").append(String.join(", ", java.util.Collections.nCopies(seqs.size(), "?")))
                    .append(")");
            params.addAll(seqs);
        }
        if (query.serviceCode() != null) {
            sql.append(" and service_code = ?");
            params.add(query.serviceCode());
        }
        if (query.from() != null) {
            sql.append(" and created_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and created_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            sql.append(" and status in (").append(String.join(", ",
                    java.util.Collections.nCopies(query.statuses().size(), "?"))).append(")");
            query.statuses().forEach(status -> params.add(status.name()));
        }
        sql.append(" order by seq desc fetch first ? rows only");
        params.add(query.limit());
        List<Ticket> found = jdbc.sql(sql.toString()).params(params).query(this::map).list();
        // The number embeds the year: a seq match from another year is a different ticket.
        return query.ids() == null || query.ids().isEmpty() ? found : found.stream()
                .filter(t -> query.ids().stream().map(TicketNumber::find).flatMap(Optional::stream)
                        .anyMatch(t.id()::equals))
                .toList();
    }

    /** Tickets selected by a condition over the ticket table's columns, in the given order. */
    List<Ticket> select(String condition, List<Object> params) {
        return jdbc.sql("select " + COLUMNS + " from ticket where " + condition).params(params).query(this::map).list();
    }

    Optional<Ticket> findBySeq(long seq) {
        return jdbc.sql("select " + COLUMNS + " from ticket where seq = ?").param(seq).query(this::map).optional();
    }

    /** The newest open ticket of the same kind at the same place, filed within the last week. */
    private Optional<Ticket> openTicketAbout(NewTicket t) {
        if (t.placeId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from ticket where service_code = ? and place_id = ?"
                        + " and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and created_at >= ?"
                        + " order by seq desc fetch first 1 rows only")
                .params(t.serviceCode(), t.placeId(), Timestamp.from(clock.instant().minus(DUPLICATE_WINDOW)))
                .query(this::map).optional();
    }

    private Ticket map(ResultSet rs, int row) throws SQLException {
        Instant created = rs.getTimestamp("created_at").toInstant();
        String id = TicketNumber.of(rs.getLong("seq"), created, zone);
        return new Ticket(id, rs.getString("service_code"), rs.getString("intent"), rs.getString("department"),
                rs.getString("description"), rs.getString("place_id"), rs.getString("location"),
                (Double) rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
                rs.getString("observed_when"), rs.getString("contact"), rs.getString("language"),
                TicketChannel.valueOf(rs.getString("channel")), rs.getString("conversation_id"),
                TicketStatus.valueOf(rs.getString("status")), created, rs.getTimestamp("updated_at").toInstant(),
                rs.getString("center_request_id"), rs.getString("status_notes"), rs.getString("duplicate_of"),
                rs.getLong("version"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
