package city.civic.dialog.engine;

import city.civic.dialog.Language;
import city.civic.dialog.content.Place;
import city.civic.integrations.CctvIncidents;
import city.civic.integrations.CctvIncidents.CctvAwareness;
import city.civic.integrations.CctvIncidents.CctvEvent;
import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.SignalStatus;
import city.civic.integrations.SignalStatus.ControllerStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the city's systems already know about a reported place: a signal controller's own status for
 * signal reports, recent CCTV analytics events for safety reports. The citizen is told, the ticket
 * carries it for the crew, and the report is still filed: a system's view never replaces a ticket.
 */
final class ReportEnrichment {

    /** A sentence for the citizen and a line for the ticket; both empty when there is nothing to add. */
    record Context(String note, String ticketLine) {
        static final Context NONE = new Context("", "");
    }

    private static final Duration CCTV_WINDOW = Duration.ofHours(1);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Optional<SignalStatus> signals;
    private final Optional<CctvIncidents> cctv;
    private final Responses responses;
    private final ZoneId zone;

    ReportEnrichment(Optional<SignalStatus> signals, Optional<CctvIncidents> cctv, Responses responses, ZoneId zone) {
        this.signals = signals;
        this.cctv = cctv;
        this.responses = responses;
        this.zone = zone;
    }

    Context about(String intent, Place place, Language language) {
        if (place == null) {
            return Context.NONE;
        }
        if (intent.startsWith("signal.") && place.controllerId() != null && signals.isPresent()) {
            return signal(place, language);
        }
        if (intent.equals("cctv.incident.report") && place.cctvSite() != null && cctv.isPresent()) {
            return cctvEvents(place, language);
        }
        return Context.NONE;
    }

    private Context signal(Place place, Language language) {
        String name = place.name(language);
        try {
            ControllerStatus status = signals.get().status(place.controllerId());
            String conditions = status.conditions().stream().filter(c -> c.fault() || c.flash())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted()
                    .collect(Collectors.joining(", "));
            String line = "[signal controller " + place.controllerId() + " at " + CLOCK.format(status.readAt().atZone(zone))
                    + ": flash=" + status.flash() + (conditions.isEmpty() ? "" : ", " + conditions)
                    + (status.complete() ? "" : ", partial reading") + "]";
            if (status.flashing()) {
                return new Context(responses.text(language, "signal.known.flashing", name), line);
            }
            if (status.alarm()) {
                return new Context(responses.text(language, "signal.known.fault", name, conditions), line);
            }
            if (status.normal()) {
                return new Context(responses.text(language, "signal.looks_normal", name), line);
            }
            return new Context(responses.text(language, "signal.unknown", name), line);
        } catch (CityDataUnavailableException e) {
            return new Context(responses.text(language, "signal.unknown", name),
                    "[signal controller " + place.controllerId() + ": no reading]");
        }
    }

    private Context cctvEvents(Place place, Language language) {
        CctvAwareness awareness = cctv.get().recent(place.cctvSite(), CCTV_WINDOW);
        if (!awareness.events().isEmpty()) {
            CctvEvent latest = awareness.events().get(0);
            String type = responses.text(language, "cctv.type." + latest.type().name().toLowerCase(Locale.ROOT));
            String at = CLOCK.format(latest.at().atZone(zone));
            return new Context(responses.text(language, "cctv.known", place.name(language), type, at),
                    "[CCTV " + place.cctvSite() + " event " + latest.id() + ": " + latest.type() + " at " + at + "]");
        }
        if (!awareness.known()) {
            return new Context(responses.text(language, "cctv.unknown"), "[CCTV " + place.cctvSite() + ": feed unavailable]");
        }
        return Context.NONE;
    }
}
