package city.civic.admin.answers;

import city.civic.admin.web.Staff;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerTransitionException;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.StaleAnswerVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor pages: a new answer, and one answer's two languages side by side with workflow buttons, the
 * version history and diffs. Forms post normally (no script needed); a refused save shows the person's words
 * again with the reason, and a stale one also shows the newer version, so nothing typed is lost.
 */
@Controller
@RequestMapping("/admin/answers")
class AnswerPagesController {

    private final AnswerCuration curation;
    private final AnswerEditing editing;
    private final AnswerPageModels models;

    AnswerPagesController(AnswerCuration curation, AnswerEditing editing, AnswerPageModels models) {
        this.curation = curation;
        this.editing = editing;
        this.models = models;
    }

    @GetMapping("/new")
    @PreAuthorize(AnswerRoles.EDIT)
    String newAnswer(Model model) {
        models.editor(model, EditorView.blank(null));
        return "admin/answers/editor";
    }

    @PostMapping
    @PreAuthorize(AnswerRoles.EDIT)
    String create(@RequestParam Map<String, String> params, Authentication who, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        EditorForm form = EditorForm.from(params);
        var drafts = new LinkedHashMap<String, AnswerDraft>();
        form.columns().forEach((lang, column) -> {
            if (!column.isBlank()) {
                drafts.put(lang, column.draftWith(form.category(), form.department()));
            }
        });
        try {
            if (drafts.isEmpty()) {
                throw AnswerProblem.badRequest("answer.empty", "Write the answer in English or Korean.");
            }
            String id = editing.create(drafts, Staff.of(who));
            redirect.addFlashAttribute("notice", "answers.notice.created");
            return "redirect:/admin/answers/" + id;
        } catch (AnswerProblem e) {
            response.setStatus(e.status().value());
            model.addAttribute("problem", e.code());
            models.editor(model, EditorView.blank(form));
            return "admin/answers/editor";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(AnswerRoles.READ)
    String editor(@PathVariable String id, @RequestParam(required = false) String compare,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            Authentication who, Model model) {
        editing.existing(id);
        models.editor(model, EditorView.of(id, curation, Staff.of(who), null,
                new EditorView.Comparison(compare, from, to), Map.of()));
        return "admin/answers/editor";
    }

    @PostMapping("/{id}")
    @PreAuthorize(AnswerRoles.EDIT)
    String save(@PathVariable String id, @RequestParam Map<String, String> params, Authentication who, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        editing.existing(id);
        EditorForm form = EditorForm.from(params);
        Staff staff = Staff.of(who);
        try {
            var saved = editing.saveAll(id, form, staff);
            redirect.addFlashAttribute("notice", saved.isEmpty() ? "answers.notice.unchanged" : "answers.notice.saved");
            return "redirect:/admin/answers/" + id;
        } catch (StaleAnswerVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            CuratedAnswer newer = curation.curated(id, e.lang()).orElseThrow();
            model.addAttribute("problem", "version.stale");
            models.editor(model, EditorView.of(id, curation, staff, form, null, Map.of(e.lang(), newer)));
            return "admin/answers/editor";
        } catch (AnswerProblem e) {
            response.setStatus(e.status().value());
            model.addAttribute("problem", e.code());
            models.editor(model, EditorView.of(id, curation, staff, form, null, Map.of()));
            return "admin/answers/editor";
        }
    }

    /** Roles are checked per target status (officials: review and draft; reviewers: publish and archive). */
    @PostMapping("/{id}/status")
    @PreAuthorize(AnswerRoles.READ)
    String status(@PathVariable String id, @RequestParam String language, @RequestParam String to,
            @RequestParam(required = false) Integer version, Authentication who, RedirectAttributes redirect) {
        var target = WireStatus.parse(to).orElseThrow(() -> AnswerProblem.badRequest("status.unknown", to));
        editing.existing(id);
        try {
            editing.move(id, language, target, version, Staff.of(who));
            redirect.addFlashAttribute("notice", "answers.notice.moved." + to);
        } catch (StaleAnswerVersionException e) {
            redirect.addFlashAttribute("problem", "version.stale.status");
        } catch (AnswerTransitionException e) {
            redirect.addFlashAttribute("problem", "answer.transition_not_allowed");
        } catch (AnswerProblem e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/admin/answers/" + id;
    }
}
