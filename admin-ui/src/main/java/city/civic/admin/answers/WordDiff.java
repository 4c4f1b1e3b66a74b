package city.civic.admin.answers;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts (java-diff-utils, Myers): words, runs of white space and
 * punctuation marks are the units, so a changed fee or a changed Korean word (eojeol, with its particle)
 * shows as itself, not as a changed line.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|[^\\p{L}\\p{N}\\p{M}\\s]");

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of text that is the same in both, or only in the newer ({@code ADDED}) or the older one. */
    public record Part(Kind kind, String text) {

        /** As the JSON API spells it: same, added, removed. */
        public String op() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private WordDiff() {
    }

    static List<Part> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        var runs = new ArrayList<Run>();
        int cursor = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int position = delta.getSource().getPosition();
            same(runs, String.join("", from.subList(cursor, position)));
            change(runs, String.join("", delta.getSource().getLines()), String.join("", delta.getTarget().getLines()));
            cursor = position + delta.getSource().size();
        }
        same(runs, String.join("", from.subList(cursor, from.size())));
        var parts = new ArrayList<Part>();
        for (Run run : runs) {
            add(parts, Kind.SAME, run.same);
            add(parts, Kind.REMOVED, run.removed);
            add(parts, Kind.ADDED, run.added);
        }
        return parts;
    }

    /** Unchanged text, or a change (text removed and text added). */
    private static final class Run {
        String same = "";
        String removed = "";
        String added = "";

        boolean isChange() {
            return same.isEmpty();
        }
    }

    private static void same(List<Run> runs, String text) {
        if (!text.isEmpty()) {
            var run = new Run();
            run.same = text;
            runs.add(run);
        }
    }

    /**
     * Two changes with only white space between them read as one ("전용 봉투에" → "수거 용기에", not two
     * separate words), so the space joins both sides of the change before.
     */
    private static void change(List<Run> runs, String removed, String added) {
        int last = runs.size() - 1;
        if (last >= 1 && !runs.get(last).isChange() && runs.get(last).same.isBlank() && runs.get(last - 1).isChange()) {
            String space = runs.remove(last).same;
            Run previous = runs.get(last - 1);
            previous.removed += space + removed;
            previous.added += space + added;
            return;
        }
        var run = new Run();
        run.removed = removed;
        run.added = added;
        runs.add(run);
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Joins with the previous part when it is of the same kind, so the page shows runs, not single words. */
    private static void add(List<Part> parts, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == kind) {
            parts.set(last, new Part(kind, parts.get(last).text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
