package city.civic.prod;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code prod} profile refuses to start when a required variable is missing or malformed, naming each
 * with its environment variable, before anything connects anywhere (no database is needed to see it).
 */
class ProdStartRefusalTests {

    @Test
    void aMalformedDatabaseUrlAndAMissingAdministratorPasswordStopTheStart() {
        Map<String, String> environment = lab();
        environment.put("CIVIC_DB_URL", "postgres://db.example/civic");
        environment.remove("CIVIC_ADMIN_PASSWORD");

        assertThatThrownBy(() -> ProdInstance.start(environment))
                .hasMessageContaining("spring.datasource.url (CIVIC_DB_URL)")
                .hasMessageContaining("postgres://db.example/civic")
                .hasMessageContaining("CIVIC_ADMIN_PASSWORD");
    }

    @Test
    void theRealCenterNeedsItsUrlAndKey() {
        Map<String, String> environment = lab();
        environment.remove("CIVIC_CENTER_MODE");
        environment.remove("CIVIC_CENTER_ALLOW_INSECURE");

        assertThatThrownBy(() -> ProdInstance.start(environment))
                .hasMessageContaining("civic.integrations.center.base-url (CIVIC_CENTER_URL)")
                .hasMessageContaining("civic.integrations.center.api-key (CIVIC_CENTER_API_KEY)");
    }

    @Test
    void withoutAnyVariableEveryRequiredOneIsNamed() {
        assertThatThrownBy(() -> ProdInstance.start(Map.of()))
                .hasMessageContaining("CIVIC_DB_URL")
                .hasMessageContaining("CIVIC_DB_PASSWORD")
                .hasMessageContaining("CIVIC_ADMIN_USERNAME")
                .hasMessageContaining("CIVIC_CENTER_URL");
    }

    /** A complete lab configuration: the database is never reached, the refusal comes first. */
    private static Map<String, String> lab() {
        return new HashMap<>(ProdInstance.environment("jdbc:postgresql://127.0.0.1:5432/not_reached",
                "target/it-data/refused/index"));
    }
}
