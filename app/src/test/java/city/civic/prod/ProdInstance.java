package city.civic.prod;

import city.civic.CivicContactApplication;
import city.civic.security.StaffApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance started as an operator starts production: the {@code prod} profile, its settings given as the
 * environment variables of application-prod.properties (here as arguments of the same names), plus what a
 * test needs on top: a free port, fast delivery rounds, no telephony.
 */
public final class ProdInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ProdInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * The variables a lab sets: the database (a small pool: helpers and builds share one server's 100
     * connections), the first administrator, the simulated center explicitly allowed, the chat's broker relay
     * on this machine's RabbitMQ (its STOMP plugin, which {@code .ci/run} enables).
     */
    public static Map<String, String> environment(String databaseUrl, String indexDirectory) {
        return Map.ofEntries(
                Map.entry("CIVIC_DB_URL", databaseUrl),
                Map.entry("CIVIC_DB_USER", PostgresDatabase.USER),
                Map.entry("CIVIC_DB_PASSWORD", PostgresDatabase.PASSWORD),
                Map.entry("CIVIC_DB_POOL_SIZE", "4"),
                Map.entry("CIVIC_ADMIN_USERNAME", StaffApi.ADMIN),
                Map.entry("CIVIC_ADMIN_PASSWORD", StaffApi.ADMIN_PASSWORD),
                Map.entry("CIVIC_CENTER_MODE", "simulator"),
                Map.entry("CIVIC_CENTER_ALLOW_INSECURE", "true"),
                Map.entry("CIVIC_RABBITMQ_USER", "guest"),
                Map.entry("CIVIC_RABBITMQ_PASSWORD", "guest"),
                Map.entry("CIVIC_INDEX_DIR", indexDirectory));
    }

    public static ProdInstance start(Map<String, String> environment) {
        var application = new SpringApplication(CivicContactApplication.class);
        application.setAdditionalProfiles("prod");
        return new ProdInstance(application.run(arguments(environment)));
    }

    static String[] arguments(Map<String, String> environment) {
        var arguments = new ArrayList<String>();
        environment.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        testSettings().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--server.port=0");
        return arguments.toArray(String[]::new);
    }

    /** What a test sets on top of the environment: short center timeouts, fast delivery rounds, no telephony. */
    public static Map<String, String> testSettings() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("civic.integrations.center.timeout", "1s");
        settings.put("civic.integrations.center.breaker-wait-in-open", "1s");
        settings.put("civic.dialog.delivery.interval", "200ms");
        settings.put("civic.dialog.delivery.status-interval", "300ms");
        settings.put("civic.dialog.delivery.first-backoff", "300ms");
        settings.put("civic.dialog.delivery.max-backoff", "2s");
        settings.put("civic.voice.enabled", "false");
        settings.put("civic.voice.fastagi.enabled", "false");
        settings.put("civic.voice.audiosocket.enabled", "false");
        return settings;
    }

    /** Rate limits raised so that the many citizens of a load test, all on 127.0.0.1, are not refused. */
    public static Map<String, String> manyCitizensFromOneAddress() {
        return Map.of("civic.chat.messages-per-address", "100000",
                "civic.chat.messages-per-address-per-second", "100000",
                "civic.chat.conversations-per-address-per-minute", "100000");
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
