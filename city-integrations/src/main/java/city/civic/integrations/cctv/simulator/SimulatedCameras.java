package city.civic.integrations.cctv.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated cameras (sample data, {@code simulator/cctv-cameras.json}: one per CCTV site of the
 * sample city pack, with illustrative device names) and the analytics scenes they report.
 */
public final class SimulatedCameras {

    /** @param producer the device's MQTT {@code TopicPrefix} */
    public record Camera(String producer, String videoSource, String cctvSite, String place) {
    }

    /**
     * A scene a camera's analytics reports: an ONVIF topic, the rule's name and the data items
     * ({@code ObjectId} is filled in per event).
     *
     * @param weight how often it is picked relative to the others
     */
    public record Scene(String name, String producer, String topic, String rule, String propertyOperation,
            Map<String, String> data, int weight) {
    }

    private record Fixture(List<Camera> cameras, List<Scene> scenes) {
    }

    private final List<Camera> cameras;
    private final List<Scene> scenes;

    private SimulatedCameras(List<Camera> cameras, List<Scene> scenes) {
        this.cameras = List.copyOf(cameras);
        this.scenes = List.copyOf(scenes);
    }

    public static SimulatedCameras load() {
        try (InputStream in = SimulatedCameras.class.getResourceAsStream("/simulator/cctv-cameras.json")) {
            if (in == null) {
                throw new IllegalStateException("simulator/cctv-cameras.json missing from the classpath");
            }
            Fixture fixture = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Fixture.class);
            return new SimulatedCameras(fixture.cameras(), fixture.scenes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Camera> cameras() {
        return cameras;
    }

    public List<Scene> scenes() {
        return scenes;
    }

    public Camera camera(String producer) {
        return cameras.stream().filter(c -> c.producer().equals(producer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated camera " + producer));
    }

    public Scene scene(String name) {
        return scenes.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated scene " + name));
    }

    /** {@code producer/videoSource → site}, the mapping a real deployment configures. */
    public Map<String, String> sites(String topicRoot) {
        Map<String, String> sites = new LinkedHashMap<>();
        cameras.forEach(c -> sites.put(topicRoot + c.producer() + "/" + c.videoSource(), c.cctvSite()));
        return sites;
    }
}
