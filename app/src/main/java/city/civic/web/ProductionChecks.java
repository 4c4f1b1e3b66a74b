package city.civic.web;

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
 * profile) whose configuration would expose citizens' data or lose tickets, naming every property at
 * fault at once. Runs before any bean exists, so nothing connects anywhere with a half-made setup. A lab
 * that knowingly runs the center over http or simulated sets
 * {@code civic.integrations.center.allow-insecure=true}.
 */
final class ProductionChecks implements EnvironmentPostProcessor {

    static final int SHORTEST_ADMIN_PASSWORD = 12;

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
        if (blank(env, "spring.datasource.password")) {
            problems.add("spring.datasource.password (CIVIC_DB_PASSWORD): the database needs a password");
        }
        centerProblems(env, problems);
        signalProblems(env, problems);
        return problems;
    }

    private static void centerProblems(ConfigurableEnvironment env, List<String> problems) {
        boolean insecureAllowed = env.getProperty("civic.integrations.center.allow-insecure", Boolean.class, false);
        String mode = env.getProperty("civic.integrations.center.mode", "simulator");
        if (!"open311".equals(mode)) {
            if (!insecureAllowed) {
                problems.add("civic.integrations.center.mode: is " + mode + "; production files tickets into the"
                        + " real center (open311)");
            }
            return;
        }
        if (blank(env, "civic.integrations.center.api-key")) {
            problems.add("civic.integrations.center.api-key: the key the center issued to the platform");
        }
        String url = env.getProperty("civic.integrations.center.base-url", "");
        if (!url.regionMatches(true, 0, "https://", 0, 8) && !insecureAllowed) {
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

    private static boolean blank(ConfigurableEnvironment env, String property) {
        String value = env.getProperty(property);
        return value == null || value.isBlank();
    }
}
