package city.civic.admin.answers;

import city.civic.knowledge.AnswerChange;
import city.civic.knowledge.AnswerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An answer's versions in one language as people read them: who, when, and what each one changed. */
public final class AnswerHistory {

    /** One version and what it changed from the one before it ({@code previous}, 0 for the first). */
    public record Row(AnswerVersion version, String status, String change, List<String> changed, int previous) {
    }

    private AnswerHistory() {
    }

    /** @param history newest first, as the store gives it */
    static List<Row> rows(List<AnswerVersion> history) {
        var rows = new ArrayList<Row>(history.size());
        for (int i = 0; i < history.size(); i++) {
            AnswerVersion v = history.get(i);
            AnswerVersion before = i + 1 < history.size() ? history.get(i + 1) : null;
            List<String> changed = before == null ? List.of()
                    : v.changesFrom(before).stream().map(VersionDiff::name).toList();
            rows.add(new Row(v, WireStatus.of(v.answer().status()), v.change().name().toLowerCase(Locale.ROOT),
                    changed, before == null ? 0 : before.version()));
        }
        return rows;
    }

    /**
     * The diff a reviewer wants first: from the version citizens get to the newest, when they differ in
     * content; otherwise the newest change of content. Null when the words never changed.
     */
    static VersionDiff firstDiff(List<AnswerVersion> history, int liveVersion) {
        if (history.isEmpty()) {
            return null;
        }
        AnswerVersion head = history.get(0);
        if (liveVersion > 0 && liveVersion != head.version()) {
            var live = history.stream().filter(v -> v.version() == liveVersion).findFirst();
            if (live.isPresent() && !live.get().answer().sameContentAs(head.answer())) {
                return VersionDiff.between(live.get(), head);
            }
        }
        for (int i = 0; i + 1 < history.size(); i++) {
            if (history.get(i).change() == AnswerChange.EDITED) {
                return VersionDiff.between(history.get(i + 1), history.get(i));
            }
        }
        return null;
    }
}
