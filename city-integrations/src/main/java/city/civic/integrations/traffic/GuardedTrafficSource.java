package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo.RoadIncident;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import java.util.List;

/**
 * A feed whose every call goes through a {@link SourceGuard} (breaker, retry, cache, last good
 * readings): an adapter only fetches and parses its feed's format.
 */
public abstract class GuardedTrafficSource implements TrafficSource {

    private final SourceGuard guard;

    protected GuardedTrafficSource(SourceGuard guard) {
        this.guard = guard;
    }

    @Override
    public final TrafficSnapshot snapshot(List<String> linkIds) {
        return guard.snapshot(linkIds, this::fetchSpeeds, this::fetchIncidents);
    }

    @Override
    public final SourceStatus status() {
        return guard.status();
    }

    /** Every link the feed measures now; a failure throws, the guard decides what the citizen gets. */
    protected abstract LinkReadings fetchSpeeds();

    protected abstract List<RoadIncident> fetchIncidents();
}
