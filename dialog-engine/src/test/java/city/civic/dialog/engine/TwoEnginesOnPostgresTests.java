package city.civic.dialog.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Two instances sharing the local PostgreSQL; skipped where none runs (the embedded default needs none). */
class TwoEnginesOnPostgresTests extends TwoEnginesContract {

    private PostgresSchema schema;

    @BeforeEach
    void schema() {
        assumeTrue(PostgresSchema.reachable(), "PostgreSQL on 127.0.0.1:5432");
        schema = new PostgresSchema();
    }

    @AfterEach
    void drop() {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    DataSource connect() {
        return schema.connect();
    }
}
