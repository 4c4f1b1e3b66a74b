package city.civic.chat.web;

import city.civic.chat.ChatGuard;
import city.civic.chat.ChatRequestException;
import city.civic.dialog.Language;
import city.civic.dialog.PlaceSuggestion;
import city.civic.dialog.Places;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Location suggestions for the widget, from the city's gazetteer. */
@RestController
class PlacesController {

    private static final int MAX_QUERY = 100;
    private static final int SUGGESTIONS = 8;

    private final Places places;
    private final ChatGuard guard;

    PlacesController(Places places, ChatGuard guard) {
        this.places = places;
        this.guard = guard;
    }

    @GetMapping("/api/v1/places")
    List<PlaceSuggestion> places(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "en") String lang, HttpServletRequest http) {
        guard.checkPlaceLookup(http.getRemoteAddr());
        Language language = Language.fromCode(lang)
                .orElseThrow(() -> new ChatRequestException(400, "language.unsupported", "lang must be en or ko."));
        if (q.length() > MAX_QUERY) {
            throw new ChatRequestException(400, "query.too_long", "q can be at most " + MAX_QUERY + " characters.");
        }
        return places.suggest(q, language, SUGGESTIONS);
    }
}
