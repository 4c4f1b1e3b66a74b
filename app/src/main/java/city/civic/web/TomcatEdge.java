package city.civic.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat at the edge: {@code X-Forwarded-For}/{@code -Proto} are believed only from
 * {@code civic.http.trusted-proxies} (Tomcat's {@link RemoteIpValve}, which {@code
 * server.forward-headers-strategy=native} installs; its default trusts every private address, which
 * would let any client on the city's network pick its own address), and form bodies are bounded by the
 * same limit as every other body.
 */
final class TomcatEdge implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");

    private final String trustedProxies;
    private final int maxFormBody;

    TomcatEdge(HttpProperties properties) {
        this.trustedProxies = cidrs(properties.trustedProxies());
        this.maxFormBody = Math.toIntExact(properties.maxBody().toBytes());
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(trustedProxies);
                    valve.setTrustedProxies(null);
                });
        factory.addConnectorCustomizers(connector -> connector.setMaxPostSize(maxFormBody));
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Addresses and blocks as CIDR, checked: a typo must stop the start, not trust the wrong host. */
    static String cidrs(List<String> entries) {
        return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(entry -> {
            if (!ADDRESS.matcher(entry).matches()) {
                throw new IllegalArgumentException("civic.http.trusted-proxies: \"" + entry
                        + "\" is not an IP address or CIDR block");
            }
            String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
            try {
                new NetMask(cidr);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("civic.http.trusted-proxies: \"" + entry + "\": " + e.getMessage(), e);
            }
            return cidr;
        }).collect(Collectors.joining(","));
    }
}
