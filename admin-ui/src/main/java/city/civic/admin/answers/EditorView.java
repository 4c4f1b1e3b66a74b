package city.civic.admin.answers;

import city.civic.admin.web.Staff;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.CuratedAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the editor page shows: the answer's category and department, and side by side per language the form
 * fields, status and workflow buttons, what citizens get now, the version history and a diff. After a refused
 * save the person's own words stay in the fields and {@code newer} holds the version saved meanwhile.
 */
public record EditorView(String id, String category, String department, List<Column> columns) {

    public record Column(String lang, CuratedAnswer current, String question, String variants, String text, int version,
            List<String> moves, List<LinkedText.Part> live, List<AnswerHistory.Row> history, VersionDiff diff,
            CuratedAnswer newer) {

        public String status() {
            return current == null ? null : WireStatus.of(current.answer().status());
        }

        public List<LinkedText.Part> newerText() {
            return newer == null ? List.of() : LinkedText.of(newer.answer().text());
        }
    }

    /** Which versions a person asked to compare, in which language. */
    public record Comparison(String lang, Integer from, Integer to) {
    }

    static EditorView blank(EditorForm form) {
        var columns = new ArrayList<Column>();
        for (String lang : EditorForm.LANGUAGES) {
            EditorForm.Column typed = form == null ? null : form.columns().get(lang);
            columns.add(new Column(lang, null, typed == null ? "" : typed.question(),
                    typed == null ? "" : typed.variants(), typed == null ? "" : typed.text(), AnswerCuration.NEW,
                    List.of(), List.of(), List.of(), null, null));
        }
        return new EditorView(null, form == null ? "" : form.category(), form == null ? "" : form.department(),
                columns);
    }

    /**
     * @param form what the person typed (after a refused save), or null to show the stored versions
     * @param conflicts per language, the newer version that made a save stale
     */
    static EditorView of(String id, AnswerCuration curation, Staff who, EditorForm form, Comparison comparison,
            Map<String, CuratedAnswer> conflicts) {
        var columns = new ArrayList<Column>();
        List<CuratedAnswer> languages = curation.curated(id);
        for (String lang : EditorForm.LANGUAGES) {
            CuratedAnswer current = languages.stream().filter(c -> c.answer().lang().equals(lang)).findFirst()
                    .orElse(null);
            List<AnswerVersion> history = current == null ? List.of() : curation.history(id, lang);
            columns.add(column(lang, current, history, who, form, diff(lang, history, current, comparison),
                    conflicts.get(lang)));
        }
        Answer first = languages.get(0).answer();
        return new EditorView(id, form == null ? first.topic() : form.category(),
                form == null ? first.department() : form.department(), columns);
    }

    private static Column column(String lang, CuratedAnswer current, List<AnswerVersion> history, Staff who,
            EditorForm form, VersionDiff diff, CuratedAnswer newer) {
        Answer stored = current == null ? null : current.answer();
        EditorForm.Column typed = form == null ? null : form.columns().get(lang);
        int version = newer != null ? newer.version() : current == null ? AnswerCuration.NEW : current.version();
        String question = typed != null ? typed.question() : stored == null ? "" : stored.question();
        String variants = typed != null ? typed.variants() : stored == null ? "" : String.join("\n", stored.alternatives());
        String text = typed != null ? typed.text() : stored == null ? "" : stored.text();
        List<String> moves = stored == null ? List.of()
                : AnswerRoles.movesFor(who, stored.status()).stream().map(WireStatus::of).toList();
        List<LinkedText.Part> live = current == null || !current.isLive() ? List.of() : history.stream()
                .filter(v -> v.version() == current.liveVersion()).findFirst()
                .map(v -> LinkedText.of(v.answer().text())).orElse(List.of());
        return new Column(lang, current, question, variants, text, version, moves, live, AnswerHistory.rows(history),
                diff, newer);
    }

    private static VersionDiff diff(String lang, List<AnswerVersion> history, CuratedAnswer current,
            Comparison comparison) {
        if (current == null) {
            return null;
        }
        if (comparison != null && lang.equals(comparison.lang()) && comparison.from() != null
                && comparison.to() != null) {
            var from = history.stream().filter(v -> v.version() == comparison.from()).findFirst();
            var to = history.stream().filter(v -> v.version() == comparison.to()).findFirst();
            if (from.isPresent() && to.isPresent()) {
                return VersionDiff.between(from.get(), to.get());
            }
        }
        return AnswerHistory.firstDiff(history, current.liveVersion());
    }
}
