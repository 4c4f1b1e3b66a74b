package city.civic.integrations.cctv.mqtt;

import city.civic.integrations.cctv.RecentCctvIncidents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the ONVIF event topics on the city's broker and hands each event to
 * {@link RecentCctvIncidents}. A clean session (no backlog of old events replayed on reconnect); when
 * the broker drops, it reconnects with exponential back-off and jitter and subscribes again, and the
 * feed is "unknown" meanwhile. Paho's own automatic reconnect is not used: it neither covers a broker
 * that is down at start-up nor re-subscribes a clean session.
 */
public final class OnvifMqttSubscriber implements MqttCallback, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OnvifMqttSubscriber.class);

    /**
     * @param topicFilters MQTT filters, e.g. {@code +/onvif-ej/#}
     * @param socketFactory null for the default (plain TCP, or the JVM's TLS for {@code ssl://})
     */
    public record Connection(String url, String clientId, String username, String password,
            SocketFactory socketFactory, List<String> topicFilters, Duration connectTimeout, Duration keepAlive,
            Duration initialBackoff, Duration maxBackoff) {
    }

    private final Connection connection;
    private final RecentCctvIncidents incidents;
    private final OnvifMqttMessages messages = new OnvifMqttMessages();
    private final ScheduledExecutorService scheduler;
    private final MqttClient client;
    private int failedAttempts;
    private volatile boolean closed;

    public OnvifMqttSubscriber(Connection connection, RecentCctvIncidents incidents) {
        this.connection = connection;
        this.incidents = incidents;
        try {
            this.client = new MqttClient(connection.url(), connection.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("invalid MQTT broker " + connection.url(), e);
        }
        client.setCallback(this);
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "cctv-mqtt");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects in the background; start-up never waits for the broker. */
    public OnvifMqttSubscriber start() {
        scheduler.execute(this::connect);
        return this;
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            client.connect(options());
            String[] filters = connection.topicFilters().toArray(String[]::new);
            int[] qos = new int[filters.length];
            java.util.Arrays.fill(qos, 1);
            client.subscribe(filters, qos);
            failedAttempts = 0;
            incidents.feed().markConnected();
            log.info("cctv.broker.connected url={} filters={}", connection.url(), connection.topicFilters());
        } catch (MqttException e) {
            incidents.feed().markDisconnected(describe(e));
            disconnectQuietly();
            retry(e);
        }
    }

    private void retry(Throwable cause) {
        if (closed) {
            return;
        }
        long base = Math.min(connection.maxBackoff().toMillis(),
                connection.initialBackoff().toMillis() << Math.min(failedAttempts, 20));
        long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        failedAttempts++;
        log.warn("cctv.broker.unavailable url={} attempt={} retryInMs={} cause={}", connection.url(), failedAttempts,
                delay, describe(cause));
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private MqttConnectOptions options() {
        var options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout((int) Math.max(1, connection.connectTimeout().toSeconds()));
        options.setKeepAliveInterval((int) Math.max(1, connection.keepAlive().toSeconds()));
        if (connection.username() != null && !connection.username().isBlank()) {
            options.setUserName(connection.username());
            options.setPassword(connection.password() == null ? new char[0] : connection.password().toCharArray());
        }
        if (connection.socketFactory() != null) {
            options.setSocketFactory(connection.socketFactory());
        }
        return options;
    }

    @Override
    public void connectionLost(Throwable cause) {
        incidents.feed().markDisconnected(describe(cause));
        log.warn("cctv.broker.lost url={} cause={}", connection.url(), describe(cause));
        if (!closed) {
            scheduler.execute(() -> retry(cause));
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // an exception here would make Paho drop the connection: one bad message must not
        try {
            messages.parse(topic, message.getPayload(), message.isRetained()).ifPresent(incidents::accept);
        } catch (RuntimeException e) {
            log.warn("cctv.message.rejected topic={} cause={}", topic, e.toString());
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // subscriber only
    }

    private void disconnectQuietly() {
        try {
            if (client.isConnected()) {
                client.disconnectForcibly(0, 200);
            }
        } catch (MqttException e) {
            // already gone
        }
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        return cause.getMessage() + (root != cause ? " (" + root + ")" : "");
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        disconnectQuietly();
        try {
            client.close();
        } catch (MqttException e) {
            // closing anyway
        }
        incidents.feed().markDisconnected("closed");
    }
}
