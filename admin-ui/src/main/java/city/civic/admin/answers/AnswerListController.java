package city.civic.admin.answers;

import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.KnowledgeSearch;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answers list with its search and filters (one row per answer, its languages side by side), and
 * "try a question". Plain GET forms; htmx swaps only the table or the result when scripts run.
 */
@Controller
@RequestMapping("/admin/answers")
class AnswerListController {

    private final AnswerCuration curation;
    private final KnowledgeSearch search;
    private final AnswerPageModels models;

    AnswerListController(AnswerCuration curation, KnowledgeSearch search, AnswerPageModels models) {
        this.curation = curation;
        this.search = search;
        this.models = models;
    }

    /** One answer's languages in the list. */
    public record Row(String id, String category, String department, List<CuratedAnswer> languages) {

        public Instant lastChanged() {
            return languages.stream().map(c -> c.head().at()).max(Comparator.naturalOrder()).orElseThrow();
        }

        public CuratedAnswer newest() {
            return languages.stream().max(Comparator.comparing(c -> c.head().at())).orElseThrow();
        }
    }

    @GetMapping
    @PreAuthorize(AnswerRoles.READ)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String language, @RequestParam(required = false) String status,
            @RequestParam(required = false) String department, Model model) {
        var filter = new AnswerFilter(q, category, language,
                status == null ? null : WireStatus.parse(status).orElse(null), department);
        var rows = new LinkedHashMap<String, List<CuratedAnswer>>();
        for (CuratedAnswer c : curation.curated()) {
            if (filter.matches(c)) {
                rows.computeIfAbsent(c.answer().id(), id -> new java.util.ArrayList<>()).add(c);
            }
        }
        models.common(model);
        model.addAttribute("filter", filter);
        model.addAttribute("statusFilter", status == null ? "" : status);
        model.addAttribute("rows", rows.values().stream().map(l -> new Row(l.get(0).answer().id(),
                l.get(0).answer().topic(), l.get(0).answer().department(), List.copyOf(l))).toList());
        return "admin/answers/list";
    }

    @GetMapping("/try")
    @PreAuthorize(AnswerRoles.READ)
    String tryQuestion(@RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "en") String language, Model model) {
        String lang = AnswerInputs.LANGUAGES.contains(language) ? language : "en";
        models.common(model);
        model.addAttribute("tryQuestion", question);
        model.addAttribute("tryLanguage", lang);
        if (!question.isBlank()) {
            model.addAttribute("trial", QuestionTrial.run(search, question, lang));
        }
        return "admin/answers/try";
    }
}
