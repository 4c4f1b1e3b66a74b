package city.civic.admin.users;

import city.civic.admin.staff.StaffAudit;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail ({@code staff_audit}, written by {@link StaffAudit}) read back for administrators: filtered
 * by person, action and time, newest first, a page at a time.
 */
class AuditLog {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param username, action exact, null for any
     * @param from inclusive; @param to exclusive
     */
    record Query(String username, String action, Instant from, Instant to, int page) {
    }

    record Page(List<StaffAudit.Entry> entries, int page, long total) {

        public int pages() {
            return (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    Page search(Query query) {
        var params = new HashMap<String, Object>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from staff_audit" + where).params(params).query(Long.class).single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) query.page() * PAGE_SIZE);
        List<StaffAudit.Entry> entries = jdbc.sql("select at, username, action, method, path, status, client_address,"
                        + " detail from staff_audit" + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new StaffAudit.Entry(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6),
                        rs.getString(7), rs.getString(8)))
                .list();
        return new Page(entries, query.page(), total);
    }

    /** The actions the trail holds, for the filter's choices. */
    List<String> actions() {
        return jdbc.sql("select distinct action from staff_audit order by action").query(String.class).list();
    }

    private static String where(Query query, Map<String, Object> params) {
        var where = new StringBuilder(" where at >= :from and at < :to");
        params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        if (query.username() != null) {
            where.append(" and username = :username");
            params.put("username", query.username());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            params.put("action", query.action());
        }
        return where.toString();
    }
}
