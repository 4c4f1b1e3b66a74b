package city.civic.dialog.engine;


import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Two instances sharing the local PostgreSQL; skipped where none runs (the embedded default needs none). */
class TwoEnginesOnPostgresTests extends TwoEnginesContract {

    private PostgresSchema schema;

    @BeforeEach
    void schema() {
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
