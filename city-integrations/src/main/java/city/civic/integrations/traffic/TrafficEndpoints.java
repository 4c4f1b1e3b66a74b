package city.civic.integrations.traffic;

import city.civic.integrations.traffic.gits.GitsTrafficInfo;
import city.civic.integrations.traffic.its.ItsTrafficInfo;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import java.util.List;

/** Where the adapters call, with which key: the loopback simulators or the real feeds. */
record TrafficEndpoints(ItsTrafficInfo.Endpoint its, GitsTrafficInfo.Endpoint gits) {

    private static final String PREFIX = "civic.integrations.traffic.";

    static TrafficEndpoints simulated(TrafficProperties properties, ItsSimulator its, GitsSimulator gits) {
        var p = properties.its();
        return new TrafficEndpoints(
                new ItsTrafficInfo.Endpoint(its.baseUrl(), "simulator", p.roadType(), p.minX(), p.maxX(), p.minY(),
                        p.maxY()),
                new GitsTrafficInfo.Endpoint(gits.baseUrl(), "simulator", gits.routeIds()));
    }

    /** Fails start-up with the property to set rather than failing every citizen's question later. */
    static TrafficEndpoints live(TrafficProperties properties) {
        var its = properties.its();
        var gits = properties.gits();
        if (its.enabled()) {
            require(its.apiKey() != null && !its.apiKey().isBlank(), "its.api-key", "its.enabled");
        }
        if (gits.enabled()) {
            require(gits.serviceKey() != null && !gits.serviceKey().isBlank(), "gits.service-key", "gits.enabled");
            require(!gits.routeIds().isEmpty(), "gits.route-ids", "gits.enabled");
        }
        return new TrafficEndpoints(
                new ItsTrafficInfo.Endpoint(its.baseUrl(), its.apiKey(), its.roadType(), its.minX(), its.maxX(),
                        its.minY(), its.maxY()),
                new GitsTrafficInfo.Endpoint(gits.baseUrl(), gits.serviceKey(), List.copyOf(gits.routeIds())));
    }

    private static void require(boolean present, String property, String switchOff) {
        if (!present) {
            throw new IllegalStateException(PREFIX + property + " is required when " + PREFIX
                    + "mode=live (or set " + PREFIX + switchOff + "=false)");
        }
    }
}
