package city.civic.dialog.nlu;

import java.util.List;
import java.util.Optional;

/** What a message names besides its intent. */
public record Entities(List<PlaceMention> places, Optional<String> ticketId, Optional<String> phoneNumber,
        Optional<TimeMention> time) {

    public Optional<PlaceMention> bestPlace() {
        return places.stream().findFirst();
    }
}
