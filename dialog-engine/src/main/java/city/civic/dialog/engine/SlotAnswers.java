package city.civic.dialog.engine;

import city.civic.dialog.nlu.Entities;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's slots accept: a contact is a phone number or an e-mail address, a time is a time expression;
 * either may be skipped ("I don't know", "skip"). Anything else does not fit and is never stored in the slot.
 */
final class SlotAnswers {

    /** Stored for a slot the citizen chose not to answer. */
    static final String SKIPPED = "";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\]]+@[^\\s@<>()\\[\\]]+\\.[\\p{L}]{2,}");

    private SlotAnswers() {
    }

    /** A phone number or an e-mail address in the text. */
    static Optional<String> contact(Entities entities, String text) {
        Optional<String> phone = entities.phoneNumber();
        if (phone.isPresent()) {
            return phone;
        }
        Matcher email = EMAIL.matcher(text);
        return email.find() ? Optional.of(email.group()) : Optional.empty();
    }

    /** The contact, {@link #SKIPPED}, or empty when the text is neither. */
    static Optional<String> contactOrSkip(Entities entities, String text) {
        return contact(entities, text).or(() -> skipped(text));
    }

    /** The time expression as said, {@link #SKIPPED}, or empty when the text is neither. */
    static Optional<String> timeOrSkip(Entities entities, String text) {
        return entities.time().map(time -> time.surface()).or(() -> skipped(text));
    }

    /** Yes, no or skip: words that answer a question but say nothing about the problem or the place. */
    static boolean onlyAssentOrRefusal(String text) {
        return Lexicon.yes(text) || Lexicon.no(text) && text.strip().split("\\s+").length <= 2 || Lexicon.skip(text);
    }

    private static Optional<String> skipped(String text) {
        return Lexicon.skip(text) ? Optional.of(SKIPPED) : Optional.empty();
    }
}
