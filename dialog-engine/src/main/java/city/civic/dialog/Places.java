package city.civic.dialog;

import java.util.List;

/** Looks up the city's districts, roads, sections, intersections and landmarks by (partial) name. */
public interface Places {

    List<PlaceSuggestion> suggest(String query, Language language, int limit);
}
