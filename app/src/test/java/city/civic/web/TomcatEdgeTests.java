package city.civic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomcatEdgeTests {

    @Test
    void trustedProxiesBecomeCidrBlocks() {
        assertThat(TomcatEdge.cidrs(List.of("10.0.0.5", " 192.168.0.0/16 ", "fd00::1", "2001:db8::/32")))
                .isEqualTo("10.0.0.5/32,192.168.0.0/16,fd00::1/128,2001:db8::/32");
        assertThat(TomcatEdge.cidrs(List.of())).isEmpty();
    }

    @Test
    void aTypoStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> TomcatEdge.cidrs(List.of("lb.city.example")))
                .hasMessageContaining("civic.http.trusted-proxies").hasMessageContaining("lb.city.example");
        assertThatThrownBy(() -> TomcatEdge.cidrs(List.of("10.0.0.0/40")))
                .hasMessageContaining("civic.http.trusted-proxies");
    }
}
