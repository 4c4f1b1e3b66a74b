package city.civic.chat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * RabbitMQ's STOMP plugin as the chat's message broker, so that several instances share WebSocket traffic: a
 * reply produced on one instance reaches a citizen connected to another. Off by default (the in-process broker).
 *
 * @param enabled relay through RabbitMQ instead of the in-process broker
 * @param host RabbitMQ's STOMP listener
 * @param port its port (61613 is the plugin's)
 * @param login user of every connection to RabbitMQ, the instance's own and one per citizen's session
 * @param passcode its password
 * @param virtualHost RabbitMQ's virtual host (sent as STOMP's {@code host}; never the browser's)
 */
@Validated
@ConfigurationProperties("civic.chat.relay")
public record StompRelayProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("127.0.0.1") String host,
        @Min(1) @Max(65535) @DefaultValue("61613") int port,
        @DefaultValue("guest") String login,
        @DefaultValue("guest") String passcode,
        @DefaultValue("/") String virtualHost) {

    @AssertTrue(message = "civic.chat.relay needs host, login, passcode and virtual-host when enabled")
    public boolean isComplete() {
        return !enabled || (present(host) && present(login) && present(passcode) && present(virtualHost));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
