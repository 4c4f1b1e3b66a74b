package city.civic.dialog.content;

import city.civic.dialog.Language;
import java.util.List;

/**
 * A gazetteer entry. Sections carry the ITS link ids of their road; smart intersections carry their
 * signal controller and camera site, used by the integrations.
 */
public record Place(
        String id,
        String kind,
        String district,
        LocalizedText name,
        Aliases aliases,
        double lat,
        double lon,
        String road,
        String from,
        String to,
        List<String> linkIds,
        List<String> roads,
        Boolean smart,
        String controllerId,
        String cctvSite) {

    public Place {
        aliases = aliases == null ? new Aliases(List.of(), List.of()) : aliases;
        linkIds = linkIds == null ? List.of() : List.copyOf(linkIds);
        roads = roads == null ? List.of() : List.copyOf(roads);
    }

    public String name(Language language) {
        return name.in(language);
    }

    public record Aliases(List<String> en, List<String> ko) {
        public Aliases {
            en = en == null ? List.of() : List.copyOf(en);
            ko = ko == null ? List.of() : List.copyOf(ko);
        }
    }
}
