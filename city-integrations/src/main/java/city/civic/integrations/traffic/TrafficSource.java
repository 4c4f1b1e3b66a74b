package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo;

/** A {@link TrafficInfo} backed by one external feed, which can say how that feed is doing. */
public interface TrafficSource extends TrafficInfo {

    SourceStatus status();
}
