package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.nlu.Entities;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction in the citizen's own words: "not X but Y", "I meant Y", "actually it's Y", "wrong place, Y",
 * "아니요, Y예요", "X 말고 Y", "Y로 정정할게요". It yields the new value Y and, when the words name it, the slot.
 * A plain "no, Y" is a weak cue: it corrects only when Y is recognisably a place, a time or a contact.
 */
final class Corrections {

    /** @param slot the slot the words name, or null; @param explicit a cue that only a correction uses */
    record Correction(String slot, String value, boolean explicit) {
    }

    private static final String SLOT_WORD = "place|spot|location|address|street|road|crossing|intersection|"
            + "time|day|date|number|phone number|phone|contact|e-?mail(?: address)?|description|details?";
    private static final Pattern INTERJECTION = Pattern.compile(
            "(?i)^(?:oops|whoops|oh|ah|wait|hmm+|uh|um|sorry|my bad|my mistake|앗|아|어|잠깐만요|잠깐|죄송해요|죄송합니다|"
                    + "미안해요)(?:[\\s,.!]+|$)");
    private static final Pattern NO = Pattern.compile(
            "(?i)^(?:no|nope|nah|아니요|아니오|아뇨|아니)(?:[\\s,.!]+)(.+)$");
    private static final List<Pattern> NAMED = List.of(
            Pattern.compile("(?i)^(?:that'?s |it'?s |you have )?(?:the |a )?wrong (" + SLOT_WORD
                    + ")\\b[\\s,.:;!-]*(.*)$"),
            Pattern.compile("(?i)^(?:please )?(?:change|correct|update|set|make) (?:it|that|the (" + SLOT_WORD
                    + "))? ?to\\s+(.+)$"),
            Pattern.compile("(?i)^(?:the )?(" + SLOT_WORD + ") (?:is|was|should be)[:\\s]+(?:actually |really )?(.+)$"),
            Pattern.compile("^(장소|위치|곳|시간|날짜|연락처|전화번호|번호|이메일|내용|설명)(?:가|이|를|을|는|은)?\\s*"
                    + "(?:잘못\\S*|틀렸\\S*|틀려요)[\\s,.!]*(.*)$"),
            Pattern.compile("^(장소|위치|곳|시간|날짜|연락처|전화번호|번호|이메일|내용|설명)(?:는|은)\\s*(.+)$"));
    private static final List<Pattern> UNNAMED = List.of(
            Pattern.compile("(?i)^not (.+?)[,;]?\\s+but\\s+(?<value>.+)$"),
            Pattern.compile("(?i)^(?:i meant(?: to say)?|i mean|what i meant (?:was|is)|actually|correction|"
                    + "let me correct (?:that|myself)|to correct (?:that|myself)|scratch that|sorry,? i meant)"
                    + "[\\s,:;!-]+(?<value>.+)$"),
            Pattern.compile("^(.+?)\\s*(?:이|가)?\\s*아니(?:라|고)(?:요)?[\\s,.]+(?<value>.+)$"),
            Pattern.compile("^(.+?)\\s*말고[\\s,.]*(?<value>.+)$"),
            Pattern.compile("^(?<value>.+?)\\s*(?:으로|로)\\s*(?:정정|수정|바꿔|바꿀|변경|고쳐|고칠)"),
            Pattern.compile("^(?:정정|수정|정정할게요|수정할게요|잘못 말했\\S*|제 말은|그러니까|사실은|사실)[\\s,.:]+(?<value>.+)$"));
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:it'?s|it is|it was|that'?s|that is|it should be|should be|actually|really)\\s+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:[,;]\\s*(?:and )?not\\b.*|[,;]?\\s*(?:rather than|instead of)\\b.*"
                    + "|[,;]?\\s*not (?:the one|what) (?:i|I) (?:said|wrote|typed|told you).*)$");
    private static final Pattern KOREAN_ENDING = Pattern.compile(
            "\\s*(?:이었어요|였어요|이에요|예요|에요|입니다|이요)?[\\s.!]*$");
    private Corrections() {
    }

    /** The correction in a turn of a report, with the slot it applies to: named, else the one its value fits. */
    static Optional<Correction> in(Turn turn, ReportForm form) {
        return in(turn.text).flatMap(said -> {
            String slot = said.slot() != null ? said.slot() : fittingSlot(turn.entitiesOf(said.value()), said.value());
            if (slot == null && said.explicit()) {
                // Neither a time nor a contact: a place the map does not know, or the description.
                slot = WHERE.equals(form.lastFilled) || WHERE.equals(form.awaiting) && form.lastFilled == null
                        ? WHERE : WHAT;
            }
            return Optional.ofNullable(slot).map(s -> new Correction(s, said.value(), said.explicit()));
        });
    }

    private static String fittingSlot(Entities found, String value) {
        if (value.isBlank()) {
            return null;
        }
        if (SlotAnswers.contact(found, value).isPresent()) {
            return CONTACT;
        }
        return found.bestPlace().isPresent() ? WHERE : SlotAnswers.saysATime(found, value) ? WHEN : null;
    }

    static Optional<Correction> in(String text) {
        String said = withoutInterjections(text.strip());
        Optional<Correction> strong = explicit(said);
        if (strong.isPresent()) {
            return strong;
        }
        Matcher no = NO.matcher(said);
        if (no.matches()) {
            String rest = withoutInterjections(no.group(1).strip());
            return explicit(rest).or(() -> value(null, rest, false));
        }
        return Optional.empty();
    }

    private static Optional<Correction> explicit(String said) {
        for (Pattern pattern : NAMED) {
            Matcher m = pattern.matcher(said);
            if (m.matches()) {
                return value(slotNamed(m.group(1)), m.group(2) == null ? "" : m.group(2), true);
            }
        }
        for (Pattern pattern : UNNAMED) {
            Matcher m = pattern.matcher(said);
            if (m.find() && m.start() == 0) {
                return value(null, m.group("value"), true);
            }
        }
        return Optional.empty();
    }

    private static Optional<Correction> value(String slot, String raw, boolean explicit) {
        Optional<Correction> nested = raw.isBlank() ? Optional.empty() : explicit(raw.strip());
        if (nested.isPresent()) { // "X 말고 Y로 정정할게요", "no, I meant Y"
            Correction inner = nested.get();
            return Optional.of(new Correction(slot == null ? inner.slot() : slot, inner.value(), true));
        }
        String value = raw.strip();
        String before;
        do {
            before = value;
            value = LEADING.matcher(value).replaceFirst("");
        } while (!value.equals(before));
        value = TRAILING.matcher(value).replaceFirst("");
        value = KOREAN_ENDING.matcher(value).replaceFirst("").strip();
        if (Lexicon.question(value)) {
            return Optional.empty();
        }
        return Optional.of(new Correction(slot, value, explicit));
    }

    private static String withoutInterjections(String text) {
        String before;
        String rest = text;
        do {
            before = rest;
            rest = INTERJECTION.matcher(rest).replaceFirst("").strip();
        } while (!rest.equals(before));
        return rest;
    }

    /** The slot a word names ("wrong spot" → where), or null. */
    static String slotNamed(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("place|spot|location|address|street|road|crossing|intersection|장소|위치|곳")) {
            return WHERE;
        }
        if (w.matches("time|day|date|시간|날짜")) {
            return WHEN;
        }
        if (w.matches("number|phone number|phone|contact|e-?mail(?: address)?|연락처|전화번호|번호|이메일")) {
            return CONTACT;
        }
        return w.matches("description|details?|내용|설명") ? WHAT : null;
    }
}
