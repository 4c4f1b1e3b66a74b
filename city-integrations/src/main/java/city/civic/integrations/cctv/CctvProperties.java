package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents.CctvEventType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * CCTV analytics events (ONVIF events over MQTT, and by PullPoint for devices without MQTT). The
 * embedded default runs a loopback broker and a camera simulator; {@code mqtt} subscribes to the
 * city's broker (checked at start-up); {@code pullpoint} only polls the devices listed under
 * {@code pullpoint.devices}. Those devices are polled in every mode but {@code off}, so
 * {@code mode=mqtt} plus a few PullPoint devices is one feed to the port:
 *
 * <pre>
 * civic.integrations.cctv.mode=mqtt
 * civic.integrations.cctv.pullpoint.devices.old-nvr.url=http://10.0.0.5/onvif/event_service
 * civic.integrations.cctv.pullpoint.devices.old-nvr.username=civic
 * civic.integrations.cctv.pullpoint.devices.old-nvr.password=…
 * civic.integrations.cctv.cameras[old-nvr/VideoSource_1]=CCTV-007
 * </pre>
 *
 * @param mode {@code embedded} (default), {@code mqtt}, {@code pullpoint} or {@code off} (no port
 *        bean: the bot says it cannot check)
 * @param topicFilters MQTT subscriptions; the part before {@code /onvif-ej/} names the device
 * @param cameras {@code producer/videoSource} or {@code producer} → city pack site id, e.g.
 *        {@code cameras[gwangju-cam-0042/1]=CCTV-002}; required for {@code mqtt}, events of other
 *        cameras are ignored
 * @param topics extra topic → type mappings (vendor topics for fight, fall, arson …), by topic prefix,
 *        over the ONVIF defaults in {@link TopicMapping}
 * @param duplicateWindow the same camera, rule, object and type again within it is one occurrence
 * @param maxClockSkew a camera time further than this from ours is flagged and replaced by ours
 * @param retention events are kept this long, in memory
 * @param maxEventsPerSite and at most this many per site
 * @param settleAfterConnect after (re)connecting, the feed stays "unknown" this long
 * @param silentAfter no message at all for this long makes the feed "unknown" (a lost subscription
 *        looks like a quiet city)
 */
@Validated
@ConfigurationProperties("civic.integrations.cctv")
public record CctvProperties(
        @DefaultValue("embedded") Mode mode,
        @DefaultValue("+/onvif-ej/#") List<String> topicFilters,
        @DefaultValue Map<String, String> cameras,
        @DefaultValue Map<String, CctvEventType> topics,
        @DefaultValue("2m") Duration duplicateWindow,
        @DefaultValue("2m") Duration maxClockSkew,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("500") int maxEventsPerSite,
        @DefaultValue("30s") Duration settleAfterConnect,
        @DefaultValue("1h") Duration silentAfter,
        @DefaultValue Broker broker,
        @DefaultValue Embedded embedded,
        @DefaultValue PullPoint pullpoint) {

    private static final String PREFIX = "civic.integrations.cctv.";

    public enum Mode {
        EMBEDDED, MQTT, PULLPOINT, OFF
    }

    public CctvProperties {
        if (mode == Mode.MQTT) {
            require(broker.url() != null && !broker.url().isBlank(), "broker.url", "mqtt");
            require(!cameras.isEmpty(), "cameras", "mqtt");
        }
        if (mode == Mode.PULLPOINT) {
            require(!pullpoint.devices().isEmpty(), "pullpoint.devices", "pullpoint");
            require(!cameras.isEmpty(), "cameras", "pullpoint");
        }
        pullpoint.devices().forEach((name, device) -> {
            if (device.url() == null || !device.url().matches("https?://.+")) {
                throw new IllegalStateException(PREFIX + "pullpoint.devices." + name + ".url must be http(s)://…");
            }
        });
    }

    private static void require(boolean present, String property, String mode) {
        if (!present) {
            throw new IllegalStateException(PREFIX + property + " is required when " + PREFIX + "mode=" + mode);
        }
    }

    /**
     * The city's broker (Mosquitto).
     *
     * @param url {@code tcp://host:1883} or {@code ssl://host:8883}
     * @param clientId prefix; each instance appends a random suffix (several instances subscribe)
     * @param trustStore PKCS12 with the broker's CA for {@code ssl://}; none = the JVM's trust store
     * @param initialBackoff first pause before reconnecting, doubled per failure up to
     *        {@code maxBackoff}, jittered
     */
    public record Broker(
            String url,
            @DefaultValue("civic-contact-cctv") String clientId,
            String username,
            String password,
            Path trustStore,
            String trustStorePassword,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration keepAlive,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("60s") Duration maxBackoff) {
    }

    /**
     * @param port 0 = a free port (always bound to 127.0.0.1)
     * @param simulator publish simulated camera events
     * @param seed the same seed gives the same sequence of scenes
     * @param interval one simulated event this often
     */
    public record Embedded(
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean simulator,
            @DefaultValue("42") long seed,
            @DefaultValue("3m") Duration interval) {
    }

    /**
     * ONVIF PullPoint, for devices (or a VMS) without MQTT: each device's event service is polled over
     * SOAP/HTTP. Its events' producer is the device's name here, so cameras map as
     * {@code cameras[name/videoSource]} or {@code cameras[name]}.
     *
     * @param devices name → device
     * @param subscriptionTime the subscription's InitialTerminationTime and each Renew's; renewed at half
     * @param pullTimeout PullMessages Timeout: how long a device holds a pull open when it has nothing
     * @param messageLimit PullMessages MessageLimit
     * @param requestTimeout what an answer may take (beyond {@code pullTimeout} for a pull)
     * @param initialBackoff first pause before subscribing again after a fault, doubled per failure up
     *        to {@code maxBackoff}, jittered
     */
    public record PullPoint(
            @DefaultValue Map<String, Device> devices,
            @DefaultValue("60s") Duration subscriptionTime,
            @DefaultValue("5s") Duration pullTimeout,
            @DefaultValue("100") int messageLimit,
            @DefaultValue("5s") Duration requestTimeout,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("60s") Duration maxBackoff) {
    }

    /**
     * @param url the device's event service address (from GetCapabilities/GetServices), e.g.
     *        {@code http://10.0.0.5/onvif/event_service}
     * @param username with {@code password}: sent as a WS-Security UsernameToken (password digest);
     *        none for devices open to the centre's network. HTTP Digest authentication is not supported.
     */
    public record Device(String url, String username, String password) {
    }
}
