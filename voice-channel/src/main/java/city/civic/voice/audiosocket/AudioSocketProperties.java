package city.civic.voice.audiosocket;

import city.civic.voice.net.PeerAddresses;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AudioSocket media server ({@code civic.voice.audiosocket}).
 *
 * @param enabled start the server; without the callbot ({@code civic.voice.enabled=false}) every call is
 *        refused with the hangup message and the dialplan falls back to the human queue
 * @param address interface to listen on; loopback by default because Asterisk normally runs on the same
 *        host (or reaches the app over a private network: then the private address, never a public one,
 *        since the protocol has no authentication or encryption; {@code civic.voice.allowed-peers} names
 *        who may connect)
 * @param port TCP port of {@code AudioSocket(uuid,host:port)}; 0 picks a free one (tests)
 * @param handshakeTimeout how long after connecting a new connection's UUID must have arrived, in total
 *        (not per read: a peer trickling bytes is cut too); until then it holds a call slot. Asterisk
 *        sends the UUID as soon as its connect succeeds ({@code res/res_audiosocket.c}), so 2 s is
 *        ample for a real call
 * @param idleTimeout a call with no inbound frame for this long is closed (Asterisk sends one every 20 ms)
 * @param maxCalls calls served at once; more are ended at once so the dialplan falls back
 * @param maxCallsPerPeer calls served at once from one address; more from it are ended like those over
 *        {@code maxCalls}. An Asterisk server is one address and legitimately holds many calls, so this
 *        is not a small number: it keeps one address (a second PBX sharing the platform, or any host
 *        wrongly inside {@code civic.voice.allowed-peers}) from taking every slot. The default, half of
 *        the default {@code maxCalls}, leaves a PBX half the platform and the other PBXs the other half;
 *        with a single PBX set it to {@code maxCalls}. Above {@code maxCalls} it has no effect
 */
@ConfigurationProperties("civic.voice.audiosocket")
public record AudioSocketProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("127.0.0.1") String address,
        @DefaultValue("9092") int port,
        @DefaultValue("2s") Duration handshakeTimeout,
        @DefaultValue("30s") Duration idleTimeout,
        @DefaultValue("64") int maxCalls,
        @DefaultValue("32") int maxCallsPerPeer) {

    public AudioSocketProperties {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("civic.voice.audiosocket.port must be 0-65535, not " + port);
        }
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero()
                || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "civic.voice.audiosocket.handshake-timeout and idle-timeout must be positive");
        }
        if (maxCalls < 1) {
            throw new IllegalArgumentException("civic.voice.audiosocket.max-calls must be at least 1");
        }
        if (maxCallsPerPeer < 1) {
            throw new IllegalArgumentException("civic.voice.audiosocket.max-calls-per-peer must be at least 1");
        }
    }

    AudioSocketServer.Settings settings(PeerAddresses allowedPeers) {
        return new AudioSocketServer.Settings(handshakeTimeout, idleTimeout, maxCalls, maxCallsPerPeer,
                allowedPeers);
    }
}
