package city.civic.integrations.signals;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Signal controller status (NTCIP 1202 over SNMPv2c, read-only). The embedded default runs an
 * in-process agent for the pack's controllers; {@code live} needs the controllers' addresses.
 *
 * @param mode {@code simulator} (default) or {@code live}
 * @param timeout per SNMP request attempt
 * @param retries further attempts after a timeout: a dead controller costs {@code timeout × (retries + 1)}
 * @param refresh a poll's answer is reused this long
 * @param maxAge an answer older than this (two poll periods) is never used: the status is unknown
 * @param community SNMPv2c community of every controller, unless {@code communities} names its own
 * @param controllers controller id → snmp4j address, {@code SIG-001=udp:10.20.30.41/161}; required live
 * @param communities controller id → its own community, where it differs
 */
@Validated
@ConfigurationProperties("civic.integrations.signals")
public record SignalProperties(
        @DefaultValue("simulator") Mode mode,
        @DefaultValue("1s") Duration timeout,
        @DefaultValue("1") int retries,
        @DefaultValue("30s") Duration refresh,
        @DefaultValue("60s") Duration maxAge,
        @DefaultValue("public") String community,
        @DefaultValue Map<String, String> controllers,
        @DefaultValue Map<String, String> communities,
        @DefaultValue Breaker breaker,
        @DefaultValue Simulator simulator) {

    public enum Mode {
        SIMULATOR, LIVE
    }

    /**
     * One circuit breaker per controller, counting polls.
     *
     * @param failureRateThreshold percentage of failed polls in the window that opens it
     * @param slidingWindow polls it looks back on
     * @param minimumCalls polls before it judges at all
     * @param waitInOpen how long it keeps polls away before letting one through to test recovery
     */
    public record Breaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int slidingWindow,
            @DefaultValue("3") int minimumCalls,
            @DefaultValue("60s") Duration waitInOpen) {
    }

    /** @param port UDP port of the in-process agent, always on 127.0.0.1; 0 = a free port */
    public record Simulator(@DefaultValue("0") int port) {
    }

    /** The live controllers' endpoints; fails at start-up without any. */
    Map<String, ControllerEndpoint> liveEndpoints() {
        if (controllers.isEmpty()) {
            throw new IllegalStateException(
                    "civic.integrations.signals.controllers is required when civic.integrations.signals.mode=live");
        }
        Map<String, ControllerEndpoint> endpoints = new java.util.LinkedHashMap<>();
        controllers.forEach((id, address) -> endpoints.put(id,
                new ControllerEndpoint(address, communities.getOrDefault(id, community))));
        return endpoints;
    }
}
