package city.civic.integrations.center;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param mode {@code simulator} (embedded default: a simulated center on loopback) or {@code open311}
 * @param baseUrl the center's GeoReport v2 root, e.g. https://center.example/open311/v2 (open311 mode)
 * @param apiKey the key the center issued to the platform
 * @param timeout per call; an unanswered submission is settled by a search before it is sent again
 * @param batchServices service codes the simulated center treats as batch (answers with a token)
 * @param simulatorPort the simulated center's port on 127.0.0.1 (0: any free port; its URL is logged)
 * @param breakerWaitInOpen how long the circuit breaker stays open before trying the center again
 * @param simulatorDescriptionLimit the simulated center keeps only this many characters of a description (0: all)
 * @param simulatorPageSize the simulated center answers searches this many requests a page (0: all at once)
 */
@Validated
@ConfigurationProperties("civic.integrations.center")
public record CenterProperties(
        @DefaultValue("simulator") String mode,
        String baseUrl,
        String apiKey,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("Asia/Seoul") java.time.ZoneId zone,
        @DefaultValue java.util.List<String> batchServices,
        @DefaultValue("0") int simulatorPort,
        @DefaultValue("30s") Duration breakerWaitInOpen,
        @DefaultValue("0") int simulatorDescriptionLimit,
        @DefaultValue("0") int simulatorPageSize) {
}
