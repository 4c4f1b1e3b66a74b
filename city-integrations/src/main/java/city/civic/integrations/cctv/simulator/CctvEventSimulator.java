package city.civic.integrations.cctv.simulator;

import city.civic.integrations.cctv.simulator.SimulatedCameras.Camera;
import city.civic.integrations.cctv.simulator.SimulatedCameras.Scene;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cameras publishing ONVIF analytics events to a broker as their event broker client would (ONVIF
 * Core "Event Broker": {@code TopicPrefix/onvif-ej/Topic/&VideoSource/AnalyticsConfiguration/Rule},
 * {@code onvif-ej} JSON). Every {@code interval} one scene, picked by a seeded random (the same seed
 * gives the same sequence): loitering by Gyeongan Market, an abandoned object at the station, … Tests
 * publish exactly what they need through {@link #publish}.
 */
public final class CctvEventSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CctvEventSimulator.class);

    /**
     * One event as a camera sends it.
     *
     * @param propertyOperation {@code Initialized}, {@code Changed}, {@code Deleted}, or null for a
     *        one-shot event
     */
    public record OnvifEventMessage(String producer, String videoSource, String topic, String rule,
            String propertyOperation, Map<String, String> data, Instant utcTime) {

        public OnvifEventMessage {
            data = Map.copyOf(data);
        }
    }

    private final SimulatedCameras cameras;
    private final String brokerUrl;
    private final String topicRoot;
    private final Clock clock;
    private final Random random;
    private final JsonMapper json = JsonMapper.builder().build();
    private final MqttClient client;
    private final ScheduledExecutorService scheduler;

    /** @param topicRoot prepended to every device's TopicPrefix ({@code ""}, or a test run's own root) */
    public CctvEventSimulator(SimulatedCameras cameras, String brokerUrl, String topicRoot, Clock clock, long seed) {
        this.cameras = cameras;
        this.brokerUrl = brokerUrl;
        this.topicRoot = topicRoot;
        this.clock = clock;
        this.random = new Random(seed);
        try {
            client = new MqttClient(brokerUrl, "cctv-simulator-" + UUID.randomUUID(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("invalid MQTT broker " + brokerUrl, e);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "cctv-simulator");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Publishes the next seeded scene every {@code interval}, the first one after {@code interval}. */
    public CctvEventSimulator every(Duration interval) {
        scheduler.scheduleAtFixedRate(this::publishNextQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    /** The next scene of the seeded sequence, as its camera would report it now. */
    public OnvifEventMessage next() {
        int total = cameras.scenes().stream().mapToInt(Scene::weight).sum();
        int pick = random.nextInt(total);
        for (Scene scene : cameras.scenes()) {
            pick -= scene.weight();
            if (pick < 0) {
                return event(scene, Integer.toString(1 + random.nextInt(999)), clock.instant());
            }
        }
        throw new IllegalStateException("no scenes");
    }

    /** The scene {@code name} happening to object {@code objectId} at {@code at}. */
    public OnvifEventMessage event(String sceneName, String objectId, Instant at) {
        return event(cameras.scene(sceneName), objectId, at);
    }

    private OnvifEventMessage event(Scene scene, String objectId, Instant at) {
        Camera camera = cameras.camera(scene.producer());
        Map<String, String> data = new LinkedHashMap<>(scene.data());
        data.put("ObjectId", objectId);
        if (data.containsKey("Since")) {
            data.put("Since", at.minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return new OnvifEventMessage(camera.producer(), camera.videoSource(), scene.topic(), scene.rule(),
                scene.propertyOperation(), data, at.truncatedTo(ChronoUnit.MILLIS));
    }

    public void publish(OnvifEventMessage event) {
        publish(event, false);
    }

    /**
     * @param retained as a misconfigured camera bridge would (see the reference, "never retain
     *        events"). Not against the embedded Moquette 0.17: it delivers a retained message to a new
     *        subscriber without the retain flag, releases it twice on the acknowledgement and stalls that
     *        session loop (and it drops retained messages published at QoS 0).
     */
    public synchronized void publish(OnvifEventMessage event, boolean retained) {
        publishRaw(topic(event), payload(event), retained);
    }

    /** Anything, for malformed-message tests. */
    public synchronized void publishRaw(String topic, byte[] payload, boolean retained) {
        try {
            if (!client.isConnected()) {
                var options = new MqttConnectOptions();
                options.setCleanSession(true);
                options.setConnectionTimeout(3);
                client.connect(options);
            }
            var message = new MqttMessage(payload);
            message.setQos(1);
            message.setRetained(retained);
            client.publish(topic, message);
        } catch (MqttException e) {
            throw new IllegalStateException("simulator could not publish to " + brokerUrl + ": " + e.getMessage(), e);
        }
    }

    public String topic(OnvifEventMessage event) {
        return topicRoot + event.producer() + "/onvif-ej/" + event.topic() + "/&" + event.videoSource() + "/1/"
                + event.rule();
    }

    public byte[] payload(OnvifEventMessage event) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("UtcTime", event.utcTime().toString());
        if (event.propertyOperation() != null) {
            message.put("PropertyOperation", event.propertyOperation());
        }
        message.put("Source", Map.of("VideoSource", event.videoSource(), "AnalyticsConfiguration", "1", "Rule",
                event.rule()));
        message.put("Data", event.data());
        return json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
    }

    private void publishNextQuietly() {
        try {
            OnvifEventMessage event = next();
            publish(event);
            log.debug("cctv.simulator.published producer={} topic={}", event.producer(), event.topic());
        } catch (RuntimeException e) {
            log.debug("cctv.simulator.skipped cause={}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(100);
            }
            client.close();
        } catch (MqttException e) {
            // closing anyway
        }
    }
}
