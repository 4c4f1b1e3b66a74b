package city.civic.chat.web;

import city.civic.chat.ChatProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The widget's limits from the server's configuration, as a script the page loads before {@code chat.js}: the
 * input's maxlength and the "characters left" counter follow {@code civic.chat.max-message-length} instead of
 * repeating its number. A script rather than a JSON call, so the widget has it before it boots.
 */
@RestController
class WidgetSettingsController {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final ChatProperties properties;

    WidgetSettingsController(ChatProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/chat/settings.js")
    ResponseEntity<String> settings() {
        String script = "window.CivicChatSettings = Object.freeze({ maxMessageLength: "
                + properties.maxMessageLength() + " });\n";
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }
}
