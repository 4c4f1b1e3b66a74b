package city.civic.dialog.engine;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.content.Place;
import city.civic.dialog.nlu.PlaceMention;
import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo;
import city.civic.integrations.TrafficInfo.Grade;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Is the road to X jammed?": the ITS links of the named section, road or intersection, their speed
 * and travel time with the time of observation. Without live data the bot says so; it never reports
 * missing data as a clear road.
 */
final class TrafficAnswers {

    private static final String INTENT = "traffic.status";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Optional<TrafficInfo> traffic;
    private final List<Place> places;
    private final Responses responses;
    private final ZoneId zone;
    private final Clock clock;

    TrafficAnswers(Optional<TrafficInfo> traffic, List<Place> places, Responses responses, ZoneId zone, Clock clock) {
        this.traffic = traffic;
        this.places = places;
        this.responses = responses;
        this.zone = zone;
        this.clock = clock;
    }

    Reply answer(Turn turn) {
        Optional<PlaceMention> mention = turn.entities().bestPlace();
        if (mention.isEmpty()) {
            turn.state().awaitingTrafficPlace = true;
            return Responses.expecting(responses.say(turn.language, INTENT, turn.intent().confidence(),
                    "traffic.ask_place"), "route", Expectation.PLACE);
        }
        Place place = mention.get().place();
        String name = place.name(turn.language);
        List<String> links = linksFor(place);
        if (traffic.isEmpty() || links.isEmpty()) {
            return responses.say(turn.language, INTENT, 1, "traffic.unavailable", name);
        }
        try {
            return Responses.plain(turn.language, INTENT, 1, describe(turn.language, name, traffic.get().snapshot(links)));
        } catch (CityDataUnavailableException e) {
            return responses.say(turn.language, INTENT, 1, "traffic.unavailable", name);
        }
    }

    private String describe(Language language, String name, TrafficSnapshot snapshot) {
        if (snapshot.speeds().isEmpty()) {
            return responses.text(language, "traffic.unmeasured", name);
        }
        // Averages only over measured links: an unmeasured link is reported as such, not as free-flowing.
        double speed = snapshot.speeds().stream().mapToDouble(LinkSpeed::speedKmh).average().orElse(0);
        double minutes = snapshot.speeds().stream().mapToDouble(LinkSpeed::travelTimeSeconds).sum() / 60;
        String level = responses.text(language, "traffic.level." + worst(snapshot).name().toLowerCase(Locale.ROOT));
        String at = CLOCK.format(snapshot.observedAt().atZone(zone));
        long ageMinutes = Math.max(0, Duration.between(snapshot.observedAt(), clock.instant()).toMinutes());
        var text = new StringBuilder(responses.text(language, "traffic.report", name, Math.round(speed), level,
                Math.max(1, Math.round(minutes)), at, ageMinutes));
        if (snapshot.stale()) {
            text.append(' ').append(responses.text(language, "traffic.stale", at));
        }
        if (!snapshot.unmeasuredLinkIds().isEmpty()) {
            text.append(' ').append(responses.text(language, "traffic.partly_unmeasured"));
        }
        if (!snapshot.incidentsKnown()) {
            text.append(' ').append(responses.text(language, "traffic.incidents_unknown"));
        } else if (snapshot.incidents().isEmpty()) {
            text.append(' ').append(responses.text(language, "traffic.no_incidents"));
        }
        snapshot.incidents().forEach(incident ->
                text.append(' ').append(responses.text(language, "traffic.incident", incident.description())));
        return text.toString();
    }

    private static Grade worst(TrafficSnapshot snapshot) {
        return snapshot.speeds().stream().map(LinkSpeed::grade).max(Comparator.naturalOrder()).orElse(Grade.SMOOTH);
    }

    /** A section's own links; a road's or an intersection's are those of the sections that touch it. */
    private List<String> linksFor(Place place) {
        if (!place.linkIds().isEmpty()) {
            return place.linkIds();
        }
        Set<String> links = new LinkedHashSet<>();
        for (Place section : places) {
            if (!"section".equals(section.kind())) {
                continue;
            }
            if (place.id().equals(section.road()) || place.id().equals(section.from())
                    || place.id().equals(section.to())) {
                links.addAll(section.linkIds());
            }
        }
        return new ArrayList<>(links);
    }
}
