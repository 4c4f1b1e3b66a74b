package city.civic.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Masks personal data in text kept for people other than the citizen (logs, transcripts for staff, hand-off
 * summaries, public Open311 text): e-mail addresses and numbers that identify a person (phones, resident
 * registration, card and account numbers), also full-width, spelled out in English or Korean or obfuscated.
 * Ticket numbers ({@code SC-2026-000123}), times, dates, amounts, coordinates and short numbers stay.
 *
 * <p>The text is normalised first, matched, and only the matched spans of the original are replaced, so
 * everything else stays as the citizen typed it. Every step is a linear scan; no regex can backtrack.
 */
public final class PersonalData {

    public static final String MARK = "[redacted]";

    private PersonalData() {
    }

    /** The text as matching sees it: spelled digits as digits ("zero one zero" → "010"), "at"/"dot" as '@'/'.'. */
    public static String normalised(String text) {
        return text == null || text.isEmpty() ? text : NormalisedText.of(text).text();
    }

    /** The first e-mail address in the text, as matching sees it ("kim [at] example.com" → kim@example.com). */
    public static Optional<String> emailAddress(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        NormalisedText normalised = NormalisedText.of(text);
        List<int[]> found = new ArrayList<>();
        EmailAddresses.find(normalised, found);
        return found.stream().min(Comparator.comparingInt(span -> span[0]))
                .map(span -> normalised.text().substring(span[0], span[1]));
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        NormalisedText normalised = NormalisedText.of(text);
        List<int[]> found = new ArrayList<>();
        EmailAddresses.find(normalised, found);
        DigitRuns.find(normalised, found);
        if (found.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>(found.size());
        for (int[] span : found) {
            spans.add(new int[] {normalised.originalStart(span[0]), normalised.originalEnd(span[1] - 1)});
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder masked = new StringBuilder(text.length());
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            // Overlapping or touching matches become one mark.
            while (++i < spans.size() && spans.get(i)[0] <= end) {
                end = Math.max(end, spans.get(i)[1]);
            }
            masked.append(text, at, start).append(MARK);
            at = end;
        }
        return masked.append(text, at, text.length()).toString();
    }
}
