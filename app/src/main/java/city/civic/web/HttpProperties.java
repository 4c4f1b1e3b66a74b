package city.civic.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP edge ({@code civic.http}).
 *
 * @param trustedProxies load balancers and reverse proxies (IP addresses or CIDR blocks) whose
 *     {@code X-Forwarded-For}/{@code X-Forwarded-Proto} are believed; from anyone else those headers are
 *     ignored, so a client can never choose its own rate-limit key. None by default.
 * @param frameAncestors who may embed the citizens' pages in a frame (CSP {@code frame-ancestors}), e.g. the
 *     city website's origin; staff pages are never framed
 * @param maxBody the largest request body on citizens' and public endpoints, counted on the bytes read
 * @param maxStaffBody the largest request body under {@code /admin/} (answers with their variants)
 */
@Validated
@ConfigurationProperties("civic.http")
public record HttpProperties(
        @DefaultValue List<String> trustedProxies,
        @NotEmpty @DefaultValue("'self'") List<String> frameAncestors,
        @DefaultValue("32KB") DataSize maxBody,
        @DefaultValue("512KB") DataSize maxStaffBody) {
}
