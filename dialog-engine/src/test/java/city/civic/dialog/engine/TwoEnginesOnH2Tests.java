package city.civic.dialog.engine;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Two instances sharing an H2 database file. */
class TwoEnginesOnH2Tests extends TwoEnginesContract {

    @TempDir
    Path directory;
    String url;

    @BeforeEach
    void database() {
        url = "jdbc:h2:file:" + directory.resolve("civic") + ";DB_CLOSE_DELAY=-1";
        EngineFixture.migrated(connect());
    }

    @Override
    DataSource connect() {
        return EngineFixture.h2(url);
    }
}
