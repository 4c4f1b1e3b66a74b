package city.civic.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Analytics events the CCTV control centre already saw near a camera site. */
public interface CctvIncidents {

    List<CctvEvent> recent(String cctvSite, Duration within);

    record CctvEvent(String id, String cctvSite, String type, Instant at) {
    }
}
