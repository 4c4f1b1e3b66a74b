package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment behind a load balancer: limits key on the client the trusted proxy names, never on a header
 * anybody else sets; metrics on a separate management port; the city website may frame the chat.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "civic.http.trusted-proxies=127.0.0.1",
        "civic.http.frame-ancestors='self',https://www.city.example",
        "management.server.port=0",
        "civic.chat.messages-per-address=5",
        "civic.chat.messages-per-address-per-second=1",
        "civic.security.login.max-failures-per-address=20",
        "civic.voice.enabled=false"})
class EdgeConfigurationIntegrationTests {

    static final String PLACES = "/api/v1/places?q=gyeongan&lang=en";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void behindTheTrustedProxyEachForwardedClientHasItsOwnPlacesLimit() throws Exception {
        int lastStatus = 0;
        for (int i = 0; i < 8; i++) {
            lastStatus = RawHttp.status(RawHttp.get("127.0.0.1", port, PLACES, "X-Forwarded-For: 203.0.113.10"));
        }
        String other = RawHttp.get("127.0.0.1", port, PLACES, "X-Forwarded-For: 203.0.113.11");

        assertThat(lastStatus).isEqualTo(429);
        assertThat(RawHttp.status(other)).isEqualTo(200);
    }

    @Test
    void aClientThatIsNotAProxyCannotChooseItsBucketWithAForwardedHeader() throws Exception {
        int lastStatus = 0;
        for (int i = 0; i < 8; i++) {
            lastStatus = RawHttp.status(RawHttp.get("127.0.0.2", port, PLACES,
                    "X-Forwarded-For: 198.51.100." + i));
        }

        assertThat(lastStatus).isEqualTo(429);
    }

    @Test
    void prometheusIsOpenOnTheManagementPortAndAbsentFromTheCitizensPort() throws Exception {
        HttpResponse<String> management = get(managementPort, "/actuator/prometheus");
        HttpResponse<String> citizens = get(port, "/actuator/prometheus");

        assertThat(management.statusCode()).isEqualTo(200);
        assertThat(management.body()).contains("civic_");
        assertThat(citizens.statusCode()).isIn(401, 404);
    }

    @Test
    void theCityWebsiteMayFrameTheChat() throws Exception {
        assertThat(get(port, "/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'self' https://www.city.example"));
    }

    @Test
    void manyFailedSignInsFromOneAddressLockThatAddress() {
        for (int i = 0; i < 20; i++) {
            new StaffApi(port, "nobody-" + i, "guess").get("/admin/api/transcripts/x");
        }

        StaffApi.Response admin = StaffApi.admin(port).get("/admin/api/transcripts/x");

        assertThat(admin.status()).isEqualTo(429);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
