package city.civic.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a production instance ({@code civic.security.production=true}, set by the {@code prod}
 * profile) whose configuration is missing, malformed, or would expose citizens' data or lose tickets,
 * naming every property at fault (and its environment variable) at once. Runs before any bean exists, so nothing connects anywhere with a half-made setup. A lab
 * that knowingly runs the center over http or simulated sets
 * {@code civic.integrations.center.allow-insecure=true}.
 */
final class ProductionChecks implements EnvironmentPostProcessor {

    static final int SHORTEST_ADMIN_PASSWORD = 12;
    private static final String POSTGRESQL = "jdbc:postgresql://";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("civic.security.production", Boolean.class, false)) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new ProductionConfigurationException(problems);
        }
    }

    static List<String> problems(ConfigurableEnvironment env) {
        var problems = new ArrayList<String>();
        if (blank(env, "civic.security.admin.username") || blank(env, "civic.security.admin.password")) {
            problems.add("civic.security.admin.username and civic.security.admin.password (CIVIC_ADMIN_USERNAME,"
                    + " CIVIC_ADMIN_PASSWORD): the first administrator must be configured");
        } else if (env.getProperty("civic.security.admin.password").length() < SHORTEST_ADMIN_PASSWORD) {
            problems.add("civic.security.admin.password (CIVIC_ADMIN_PASSWORD): at least " + SHORTEST_ADMIN_PASSWORD
                    + " characters");
        }
        databaseProblems(env, problems);
        if (blank(env, "civic.knowledge.index-directory")) {
            problems.add("civic.knowledge.index-directory (CIVIC_INDEX_DIR): where this instance keeps its index");
        }
        centerProblems(env, problems);
        signalProblems(env, problems);
        return problems;
    }

    /** Production runs on PostgreSQL (DESIGN.md "Profiles"): a URL naming its host(s) and database. */
    private static void databaseProblems(ConfigurableEnvironment env, List<String> problems) {
        String url = env.getProperty("spring.datasource.url", "");
        URI address = url.startsWith(POSTGRESQL) ? uri(url.substring("jdbc:".length())) : null;
        if (address == null || address.getRawAuthority() == null || address.getPath() == null
                || address.getPath().length() < 2) {
            problems.add("spring.datasource.url (CIVIC_DB_URL): must be " + POSTGRESQL + "host:port/database"
                    + (url.isBlank() ? "" : " (is \"" + withoutQuery(url) + "\")"));
        }
        if (blank(env, "spring.datasource.username")) {
            problems.add("spring.datasource.username (CIVIC_DB_USER): the database user");
        }
        if (blank(env, "spring.datasource.password")) {
            problems.add("spring.datasource.password (CIVIC_DB_PASSWORD): the database needs a password");
        }
        positive(env, "spring.datasource.hikari.maximum-pool-size", "CIVIC_DB_POOL_SIZE", problems);
        positive(env, "spring.datasource.hikari.connection-timeout", "CIVIC_DB_CONNECTION_TIMEOUT", problems);
    }

    private static void centerProblems(ConfigurableEnvironment env, List<String> problems) {
        boolean insecureAllowed = flag(env, "civic.integrations.center.allow-insecure",
                "CIVIC_CENTER_ALLOW_INSECURE", problems);
        String mode = env.getProperty("civic.integrations.center.mode", "simulator");
        if (!"open311".equals(mode)) {
            if (!insecureAllowed) {
                problems.add("civic.integrations.center.mode (CIVIC_CENTER_MODE): is " + mode + "; production files"
                        + " tickets into the real center (open311)");
            }
            return;
        }
        if (blank(env, "civic.integrations.center.api-key")) {
            problems.add("civic.integrations.center.api-key (CIVIC_CENTER_API_KEY): the key the center issued to"
                    + " the platform");
        }
        String url = env.getProperty("civic.integrations.center.base-url", "");
        URI center = uri(url);
        if (center == null || center.getHost() == null || !center.getScheme().matches("(?i)https?")) {
            problems.add("civic.integrations.center.base-url (CIVIC_CENTER_URL): the center's GeoReport v2 root,"
                    + " https://host/path (is \"" + url + "\")");
        } else if (!url.regionMatches(true, 0, "https://", 0, 8) && !insecureAllowed) {
            problems.add("civic.integrations.center.base-url: must be https:// (is \"" + url + "\");"
                    + " civic.integrations.center.allow-insecure=true allows http in a lab");
        }
    }

    private static void signalProblems(ConfigurableEnvironment env, List<String> problems) {
        if (!"live".equalsIgnoreCase(env.getProperty("civic.integrations.signals.mode", "simulator"))) {
            return;
        }
        if ("public".equals(env.getProperty("civic.integrations.signals.community", "public"))) {
            problems.add("civic.integrations.signals.community: the SNMP community \"public\" is everyone's;"
                    + " use the one configured on the controllers");
        }
        Map<String, String> perController = Binder.get(env)
                .bind("civic.integrations.signals.communities", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        perController.forEach((controller, community) -> {
            if ("public".equals(community)) {
                problems.add("civic.integrations.signals.communities." + controller + ": the SNMP community"
                        + " \"public\" is everyone's");
            }
        });
    }

    /** A malformed switch is named, not taken for false. */
    private static boolean flag(ConfigurableEnvironment env, String property, String variable,
            List<String> problems) {
        String value = env.getProperty(property, "false").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problems.add(property + " (" + variable + "): true or false (is \"" + value + "\")");
            return false;
        }
        return Boolean.parseBoolean(value);
    }

    private static void positive(ConfigurableEnvironment env, String property, String variable,
            List<String> problems) {
        String value = env.getProperty(property);
        if (value != null && !value.trim().matches("0*[1-9]\\d{0,8}")) {
            problems.add(property + " (" + variable + "): a whole number above 0 (is \"" + value + "\")");
        }
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A JDBC URL may carry a password in its query: never echo that part. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    private static boolean blank(ConfigurableEnvironment env, String property) {
        String value = env.getProperty(property);
        return value == null || value.isBlank();
    }
}
