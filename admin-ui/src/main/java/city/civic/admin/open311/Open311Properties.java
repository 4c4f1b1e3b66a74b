package city.civic.admin.open311;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param apiKeys keys that may file requests ({@code POST requests.json}); none means filing is switched
 *     off, because anonymous writes into the city's ticket system must be an explicit decision. Reading
 *     needs no key: it exposes nothing personal.
 */
@Validated
@ConfigurationProperties("civic.open311")
public record Open311Properties(@DefaultValue List<@NotBlank String> apiKeys) {
}
