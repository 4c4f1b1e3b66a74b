package city.civic.admin.tickets;

import city.civic.tickets.TicketStatus;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The center console ({@code civic.console}).
 *
 * @param mapTiles off (blank) by default: nothing is fetched from the internet and the plan is drawn from the
 *     gazetteer alone. To show a map under the plan, the URL template of the city's own tile server with
 *     {@code {z}}, {@code {x}} and {@code {y}}, served from the back office's own origin (its CSP allows
 *     images from there only), e.g. {@code /tiles/{z}/{x}/{y}.png}
 * @param noteTemplates templates for the notes citizens hear, added to or replacing the built-in ones
 *     (admin/console-notes.properties) by name: {@code civic.console.note-templates.site-visit.status=assigned},
 *     {@code ….en=…}, {@code ….ko=…}; {@code {department}}, {@code {duplicateOf}} and {@code {ticket}} are filled in
 * @param eventsTimeout how long one live-update stream stays open; the page reconnects by itself
 * @param heartbeat how often an idle stream is sent a comment, so dead connections are noticed
 */
@Validated
@ConfigurationProperties("civic.console")
public record ConsoleProperties(
        @DefaultValue("") String mapTiles,
        Map<String, NoteTemplateText> noteTemplates,
        @DefaultValue("30m") Duration eventsTimeout,
        @DefaultValue("20s") Duration heartbeat) {

    public ConsoleProperties {
        noteTemplates = noteTemplates == null ? Map.of() : Map.copyOf(noteTemplates);
        if (!mapTiles.isBlank() && !(mapTiles.contains("{z}") && mapTiles.contains("{x}") && mapTiles.contains("{y}"))) {
            throw new IllegalArgumentException("civic.console.map-tiles must contain {z}, {x} and {y}: " + mapTiles);
        }
    }

    public boolean hasMapTiles() {
        return !mapTiles.isBlank();
    }

    /** One configured template: the status it is for, and its text in English and Korean. */
    public record NoteTemplateText(TicketStatus status, String en, String ko) {
    }
}
