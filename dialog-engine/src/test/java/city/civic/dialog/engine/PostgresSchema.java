package city.civic.dialog.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of its own on the local PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}),
 * migrated, for one test; dropped afterwards so runs and other tests never collide.
 */
final class PostgresSchema implements AutoCloseable {

    final String name = "dialog_" + java.util.UUID.randomUUID().toString().replace("-", "");

    PostgresSchema() {
        JdbcClient.create(dataSource(null)).sql("create schema " + name).update();
        EngineFixture.migrated(connect());
    }

    /** New connections into the schema, as another instance would open. */
    DataSource connect() {
        return dataSource(name);
    }

    @Override
    public void close() {
        JdbcClient.create(dataSource(null)).sql("drop schema " + name + " cascade").update();
    }

    private static DataSource dataSource(String schema) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {5432});
        dataSource.setDatabaseName("test");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(2);
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }
}
