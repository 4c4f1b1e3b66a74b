package city.civic.prod;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL (trust authentication, user postgres; CI machines run one),
 * created for one test class and dropped after it, so runs and parallel builds never share data.
 * {@code CIVIC_TEST_POSTGRES} overrides the server: a JDBC URL of its maintenance database.
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    /** Trust authentication ignores it; the prod profile refuses to start without one. */
    public static final String PASSWORD = "trust-auth-ignores-this";

    private static final String SERVER = System.getenv().getOrDefault("CIVIC_TEST_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/postgres");

    private final String name = "civic_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    public PostgresDatabase() {
        execute("create database " + name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " (the prod tests need it): " + sql, e);
        }
    }
}
