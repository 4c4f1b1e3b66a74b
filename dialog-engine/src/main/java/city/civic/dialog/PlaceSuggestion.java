package city.civic.dialog;

/** A gazetteer place as the places endpoint shows it, named in the requested language. */
public record PlaceSuggestion(String id, String name, String kind, String district, double lat, double lon) {
}
