package city.civic.dialog.engine;

import city.civic.dialog.PersonalData;
import city.civic.dialog.nlu.Entities;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a report's slots accept: a contact is a phone number or an e-mail address, a time is a time expression;
 * either may be skipped ("I don't know", "skip"). Anything else does not fit and is never stored in the slot.
 */
final class SlotAnswers {

    /** Stored for a slot the citizen chose not to answer. */
    static final String SKIPPED = "";

    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:now|ago|since|earlier|yesterday|today|"
            + "tonight|morning|afternoon|evening|night|noon|midnight|o'?clock|"
            + "(?:\\d+|an?|one|two|three|few|couple of)\\s+(?:hours?|minutes?|mins|days?|weeks?)|"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day|a while|\\d{1,2}:\\d{2}|\\d{1,2}\\s*(?:am|pm|h)|"
            + "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:am|pm|a\\.? ?m|p\\.? ?m))\\b"
            + "|방금|지금|아까|어제|그제|그저께|오늘|아침|점심|저녁|밤|새벽|오전|오후|며칠|요일|\\d+\\s*(?:시|분|일|주)|"
            + "(?:한|두|세|네|두어|몇)\\s*(?:시간|달|주)|전부터|쯤");

    private SlotAnswers() {
    }

    /** A phone number or an e-mail address in the text. */
    static Optional<String> contact(Entities entities, String text) {
        return entities.phoneNumber().or(() -> PersonalData.emailAddress(text));
    }

    /** The contact, {@link #SKIPPED}, or empty when the text is neither. */
    static Optional<String> contactOrSkip(Entities entities, String text) {
        return contact(entities, text).or(() -> skipped(text));
    }

    /**
     * The time expression as said, {@link #SKIPPED}, or empty when the text is neither. Phrasings the entity
     * extractor cannot date ("since about an hour ago", "두어 시간 전부터") are kept as the citizen said them.
     */
    static Optional<String> timeOrSkip(Entities entities, String text) {
        return entities.time().map(time -> time.surface())
                .or(() -> saysATime(entities, text) ? Optional.of(text.strip()) : Optional.empty())
                .or(() -> skipped(text));
    }

    static boolean saysATime(Entities entities, String text) {
        return entities.time().isPresent() || TIME_WORDS.matcher(text).find() && !Lexicon.question(text);
    }

    /** Yes, no or skip: words that answer a question but say nothing about the problem or the place. */
    static boolean onlyAssentOrRefusal(String text) {
        return Lexicon.yes(text) || Lexicon.no(text) && text.strip().split("\\s+").length <= 2 || Lexicon.skip(text);
    }

    private static Optional<String> skipped(String text) {
        return Lexicon.skip(text) ? Optional.of(SKIPPED) : Optional.empty();
    }
}
