package city.civic.voice.net;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may connect to the phone listeners ({@code civic.voice.allowed-peers}), checked when a listener
 * accepts a connection, before anything is read from it.
 *
 * @param allowedPeers IP addresses and CIDR blocks, IPv4 or IPv6, of the Asterisk servers; loopback by
 *     default (Asterisk on the same host). Applies to AudioSocket and FastAGI alike: neither protocol
 *     authenticates its peer. A malformed entry stops the start-up with this property named.
 */
@ConfigurationProperties("civic.voice")
public record AllowedPeersProperties(@DefaultValue({"127.0.0.1/8", "::1"}) List<String> allowedPeers) {

    public static final String PROPERTY = "civic.voice.allowed-peers";

    public AllowedPeersProperties {
        allowedPeers = allowedPeers == null ? List.of() : List.copyOf(allowedPeers);
        PeerAddresses.parse(PROPERTY, allowedPeers);
    }

    public PeerAddresses addresses() {
        return PeerAddresses.parse(PROPERTY, allowedPeers);
    }
}
