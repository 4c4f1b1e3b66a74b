package city.civic.admin.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff audit trail: one row per staff request, sign-in attempt and reveal of personal data. */
public final class StaffAudit {

    private static final int MAX_PATH = 500;
    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param action {@code request}, {@code sign-in}, {@code sign-in.failed}, {@code sign-in.throttled},
     *     {@code transcript.reveal}
     */
    public record Entry(Instant at, String username, String action, String method, String path, Integer status,
            String clientAddress, String detail) {
    }

    public void record(String username, String action, String method, String path, Integer status,
            String clientAddress, String detail) {
        jdbc.sql("insert into staff_audit (at, username, action, method, path, status, client_address, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), cut(username, 64), action,
                        method, cut(path, MAX_PATH), status, cut(clientAddress, 64), cut(detail, MAX_DETAIL))
                .update();
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) {
        return jdbc.sql("select at, username, action, method, path, status, client_address, detail from staff_audit"
                        + " order by id desc limit ?")
                .param(limit)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
