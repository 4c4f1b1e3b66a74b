package city.civic.cluster.faults;

import city.civic.prod.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The outbox ({@code ticket_delivery}) as the test reads it straight from the instances' database. */
final class Outbox {

    private final PostgresDatabase database;

    Outbox(PostgresDatabase database) {
        this.database = database;
    }

    /** Rows a worker holds right now: claimed, lease running (no delivery failed, so none is backing off). */
    long claimed() {
        return count("select count(*) from ticket_delivery where state = 'PENDING' and claim > 0"
                + " and next_attempt_at > current_timestamp");
    }

    long delivered() {
        return count("select count(*) from ticket_delivery where state = 'DELIVERED'");
    }

    long tickets() {
        return count("select count(*) from ticket");
    }

    /** Delivered on a later attempt than the first: a worker was stopped mid-delivery and another finished it. */
    long deliveredAfterAnInterruption() {
        return count("select count(*) from ticket_delivery where state = 'DELIVERED' and attempts > 1");
    }

    private long count(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
