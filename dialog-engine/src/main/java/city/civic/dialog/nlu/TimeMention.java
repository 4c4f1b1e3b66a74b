package city.civic.dialog.nlu;

import java.time.ZonedDateTime;

/** A time expression as said ("around 3pm", "어젯밤"), with the moment it most likely means. */
public record TimeMention(String surface, ZonedDateTime approximately) {
}
