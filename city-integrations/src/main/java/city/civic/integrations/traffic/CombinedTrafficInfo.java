package city.civic.integrations.traffic;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one {@link TrafficInfo} the dialog engine sees. Sources are asked in order, each only for the
 * links the ones before could not measure: GITS first, as it carries the city and provincial roads
 * most sections are on, then the national ITS feed for the rest (national routes). Asking the second
 * only for what is missing keeps it within its daily quota. Incidents count as known only when every
 * source asked answered its incident call.
 */
public final class CombinedTrafficInfo implements TrafficInfo {

    private final List<TrafficInfo> sources;

    public CombinedTrafficInfo(List<? extends TrafficInfo> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public TrafficSnapshot snapshot(List<String> linkIds) {
        Set<String> missing = new LinkedHashSet<>(linkIds);
        List<TrafficSnapshot> answers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (TrafficInfo source : sources) {
            if (missing.isEmpty()) {
                break;
            }
            try {
                TrafficSnapshot answer = source.snapshot(List.copyOf(missing));
                answer.speeds().forEach(speed -> missing.remove(speed.linkId()));
                answers.add(answer);
            } catch (CityDataUnavailableException e) {
                failures.add(e.getMessage());
            }
        }
        if (answers.isEmpty()) {
            throw new CityDataUnavailableException("traffic", String.join("; ", failures));
        }
        return merge(answers, missing, failures.isEmpty());
    }

    private static TrafficSnapshot merge(List<TrafficSnapshot> answers, Set<String> missing, boolean allAnswered) {
        List<LinkSpeed> speeds = answers.stream().flatMap(answer -> answer.speeds().stream()).toList();
        Map<String, RoadIncident> incidents = new LinkedHashMap<>();
        answers.forEach(answer -> answer.incidents().forEach(incident -> incidents.putIfAbsent(incident.id(), incident)));
        Instant observedAt = speeds.stream().map(LinkSpeed::observedAt).min(Comparator.naturalOrder())
                .orElseGet(() -> answers.get(0).observedAt());
        boolean incidentsKnown = allAnswered && answers.stream().allMatch(TrafficSnapshot::incidentsKnown);
        return new TrafficSnapshot(speeds, List.copyOf(incidents.values()), observedAt, List.copyOf(missing),
                incidentsKnown, answers.stream().anyMatch(TrafficSnapshot::stale));
    }
}
