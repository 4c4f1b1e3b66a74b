package city.civic.integrations.cctv;

import java.util.Map;
import java.util.Optional;

/**
 * Which city pack CCTV site a camera's events belong to: by producer and video source
 * ({@code gwangju-cam-0042/1}) or by producer alone ({@code gwangju-cam-0042}). Events of cameras not
 * listed are ignored: the bot only speaks about sites it knows.
 */
public final class CameraSites {

    private final Map<String, String> sites;

    public CameraSites(Map<String, String> sites) {
        this.sites = Map.copyOf(sites);
    }

    public Optional<String> siteOf(String producer, String videoSource) {
        String site = sites.get(producer + "/" + videoSource);
        return Optional.ofNullable(site != null ? site : sites.get(producer));
    }

    public boolean isEmpty() {
        return sites.isEmpty();
    }
}
