package city.civic.dialog;

import java.util.List;

/**
 * What the bot's question awaits, so that no channel guesses it from the wording.
 *
 * @param slot the name of what is asked (a report's {@code where}, {@code when}, {@code contact}, or
 *     {@code ticket}, {@code confirm}, {@code change}, {@code category}, {@code callback}, {@code route})
 * @param kind {@code place}, {@code time}, {@code contact}, {@code ticket}, {@code confirm}, {@code choice}
 *     or {@code text}
 * @param choices the offered answers, when there are some; a citizen may still answer in their own words
 */
public record Expectation(String slot, String kind, List<String> choices) {

    public static final String PLACE = "place";
    public static final String TIME = "time";
    public static final String CONTACT = "contact";
    public static final String TICKET = "ticket";
    public static final String CONFIRM = "confirm";
    public static final String CHOICE = "choice";
    public static final String TEXT = "text";

    public Expectation {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
