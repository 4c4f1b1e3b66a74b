package city.civic.dialog.nlu;

import city.civic.dialog.content.Place;

/** A place named in a message: the surface text and how closely it matched (1 = exact alias). */
public record PlaceMention(Place place, String surface, double similarity) {
}
