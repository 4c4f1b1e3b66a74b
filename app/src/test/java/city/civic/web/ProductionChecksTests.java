package city.civic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.CivicContactApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** A production instance refuses to start without its secrets, naming each property at fault. */
class ProductionChecksTests {

    @Test
    void aCompleteProductionConfigurationPasses() {
        assertThat(ProductionChecks.problems(complete())).isEmpty();
    }

    @Test
    void everyMissingSecretIsNamed() {
        var env = new MockEnvironment().withProperty("civic.security.production", "true")
                .withProperty("civic.integrations.center.mode", "open311")
                .withProperty("civic.integrations.center.base-url", "http://center.example/open311/v2")
                .withProperty("civic.integrations.signals.mode", "live");

        assertThat(ProductionChecks.problems(env)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("civic.security.admin.username"),
                p -> assertThat(p).startsWith("spring.datasource.url (CIVIC_DB_URL)"),
                p -> assertThat(p).startsWith("spring.datasource.username (CIVIC_DB_USER)"),
                p -> assertThat(p).startsWith("spring.datasource.password"),
                p -> assertThat(p).startsWith("civic.knowledge.index-directory (CIVIC_INDEX_DIR)"),
                p -> assertThat(p).startsWith("civic.integrations.center.api-key"),
                p -> assertThat(p).startsWith("civic.integrations.center.base-url").contains("https"),
                p -> assertThat(p).startsWith("civic.integrations.signals.community"));
    }

    @Test
    void aShortAdministratorPasswordIsRefused() {
        var env = complete().withProperty("civic.security.admin.password", "short");

        assertThat(ProductionChecks.problems(env)).singleElement().asString()
                .startsWith("civic.security.admin.password");
    }

    @Test
    void snmpWithThePublicCommunityIsRefusedPerController() {
        var env = complete().withProperty("civic.integrations.signals.mode", "live")
                .withProperty("civic.integrations.signals.community", "city-secret")
                .withProperty("civic.integrations.signals.communities.SIG-003", "public");

        assertThat(ProductionChecks.problems(env)).singleElement().asString()
                .startsWith("civic.integrations.signals.communities.SIG-003");
    }

    @Test
    void aLabMayAllowHttpAndTheSimulatedCenterExplicitly() {
        var http = complete().withProperty("civic.integrations.center.base-url", "http://lab/open311/v2")
                .withProperty("civic.integrations.center.allow-insecure", "true");
        var simulator = complete().withProperty("civic.integrations.center.mode", "simulator");

        assertThat(ProductionChecks.problems(http)).isEmpty();
        assertThat(ProductionChecks.problems(simulator)).singleElement().asString()
                .startsWith("civic.integrations.center.mode");
    }

    @Test
    void theProdProfileWithoutSecretsStopsBeforeAnythingStarts() {
        var application = new SpringApplication(CivicContactApplication.class);
        application.setAdditionalProfiles("prod");

        assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none",
                "--civic.security.admin.username=", "--civic.security.admin.password=",
                "--spring.datasource.password=", "--civic.integrations.center.api-key="))
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("civic.security.admin.username")
                .hasMessageContaining("spring.datasource.password")
                .hasMessageContaining("civic.integrations.center.api-key");
    }

    @Test
    void theDatabaseMustBeAPostgresqlUrlWithHostAndDatabase() {
        for (String url : new String[] {"jdbc:h2:file:./data/civic", "postgresql://db/civic",
                "jdbc:postgresql://db.example:5432/", "jdbc:postgresql:civic"}) {
            assertThat(ProductionChecks.problems(complete().withProperty("spring.datasource.url", url)))
                    .as(url).singleElement().asString().startsWith("spring.datasource.url (CIVIC_DB_URL)")
                    .contains(url);
        }
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNeverRepeated() {
        var env = complete().withProperty("spring.datasource.url", "jdbc:h2:mem:x?password=secret-1");

        assertThat(ProductionChecks.problems(env)).singleElement().asString().doesNotContain("secret-1");
    }

    @Test
    void aMalformedCenterUrlSwitchOrNumberIsNamed() {
        var noHost = complete().withProperty("civic.integrations.center.base-url", "https:/center/open311/v2");
        var notAUrl = complete().withProperty("civic.integrations.center.base-url", "center.example open311");
        var maybe = complete().withProperty("civic.integrations.center.allow-insecure", "maybe");
        var pool = complete().withProperty("spring.datasource.hikari.maximum-pool-size", "sixteen");

        assertThat(ProductionChecks.problems(noHost)).singleElement().asString()
                .startsWith("civic.integrations.center.base-url (CIVIC_CENTER_URL)");
        assertThat(ProductionChecks.problems(notAUrl)).singleElement().asString()
                .startsWith("civic.integrations.center.base-url (CIVIC_CENTER_URL)");
        assertThat(ProductionChecks.problems(maybe)).singleElement().asString()
                .startsWith("civic.integrations.center.allow-insecure (CIVIC_CENTER_ALLOW_INSECURE)");
        assertThat(ProductionChecks.problems(pool)).singleElement().asString()
                .startsWith("spring.datasource.hikari.maximum-pool-size (CIVIC_DB_POOL_SIZE)");
    }

    private static MockEnvironment complete() {
        return new MockEnvironment().withProperty("civic.security.production", "true")
                .withProperty("civic.security.admin.username", "chief")
                .withProperty("civic.security.admin.password", "a long enough password")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/civic")
                .withProperty("spring.datasource.username", "civic")
                .withProperty("spring.datasource.password", "db-secret")
                .withProperty("civic.knowledge.index-directory", "/var/lib/civic-contact/index")
                .withProperty("civic.integrations.center.mode", "open311")
                .withProperty("civic.integrations.center.base-url", "https://center.example/open311/v2")
                .withProperty("civic.integrations.center.api-key", "key-1");
    }
}
