package city.civic.prod;

import city.civic.CivicContactApplication;
import city.civic.security.StaffApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance started as an operator starts production: the {@code prod} profile, its settings given as the
 * environment variables of application-prod.properties (here as arguments of the same names), plus what a
 * test needs on top: a free port, fast delivery rounds, no telephony.
 */
final class ProdInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ProdInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * The variables a lab sets: the database (a small pool: helpers and builds share one server's 100
     * connections), the first administrator, the simulated center explicitly allowed, the chat's broker relay
     * on this machine's RabbitMQ (its STOMP plugin, which {@code .ci/run} enables).
     */
    static Map<String, String> environment(String databaseUrl, String indexDirectory) {
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

    static ProdInstance start(Map<String, String> environment) {
        var application = new SpringApplication(CivicContactApplication.class);
        application.setAdditionalProfiles("prod");
        return new ProdInstance(application.run(arguments(environment)));
    }

    static String[] arguments(Map<String, String> environment) {
        var arguments = new ArrayList<String>();
        environment.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of(
                "--server.port=0",
                "--civic.integrations.center.timeout=1s",
                "--civic.integrations.center.breaker-wait-in-open=1s",
                "--civic.dialog.delivery.interval=200ms",
                "--civic.dialog.delivery.status-interval=300ms",
                "--civic.dialog.delivery.first-backoff=300ms",
                "--civic.dialog.delivery.max-backoff=2s",
                "--civic.voice.enabled=false",
                "--civic.voice.fastagi.enabled=false",
                "--civic.voice.audiosocket.enabled=false"));
        return arguments.toArray(String[]::new);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
