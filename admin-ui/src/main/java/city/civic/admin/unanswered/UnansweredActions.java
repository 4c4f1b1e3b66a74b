package city.civic.admin.unanswered;

import city.civic.admin.staff.StaffAudit;
import city.civic.knowledge.Answer;
import city.civic.knowledge.UnansweredQueue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an official makes of a group, from the group page (plain form posts; they work without JavaScript).
 * Success goes back to the queue with a notice; a refusal shows the page again with the reason, unchanged.
 */
@Controller
@RequestMapping("/admin/unanswered/{id}")
class UnansweredActions {

    private final GroupResolutions resolutions;
    private final GroupPageModel pages;
    private final UnansweredQueue queue;
    private final StaffAudit audit;

    UnansweredActions(GroupResolutions resolutions, GroupPageModel pages, UnansweredQueue queue, StaffAudit audit) {
        this.resolutions = resolutions;
        this.pages = pages;
        this.queue = queue;
        this.audit = audit;
    }

    @PostMapping("/variants")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String variants(@PathVariable String id, @RequestParam(required = false) String answerId,
            @RequestParam(name = "question", required = false) List<Long> questions, Authentication who,
            HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long groupId = GroupResolutions.groupId(id);
        try {
            Answer answer = resolutions.addVariants(groupId, answerId, questions, who.getName());
            return done(http, who, groupId, "variants of " + answer.id(),
                    new Notice("unanswered.done.variants", answer.question(), null), redirect);
        } catch (ResolutionRefused refused) {
            return groupAgain(groupId, refused, response, model);
        }
    }

    @PostMapping("/intent-examples")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String intentExamples(@PathVariable String id, @RequestParam(required = false) String intent,
            @RequestParam(name = "question", required = false) List<Long> questions, Authentication who,
            HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long groupId = GroupResolutions.groupId(id);
        try {
            int added = resolutions.addIntentExamples(groupId, intent, questions, who.getName());
            return done(http, who, groupId, "examples of " + intent,
                    new Notice("unanswered.done.examples", intent, added), redirect);
        } catch (ResolutionRefused refused) {
            return groupAgain(groupId, refused, response, model);
        }
    }

    @PostMapping("/new-answer")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String newAnswer(@PathVariable String id, NewAnswer form, Authentication who, HttpServletRequest http,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long groupId = GroupResolutions.groupId(id);
        try {
            Answer answer = resolutions.newAnswer(groupId, form, who.getName());
            return done(http, who, groupId, "new answer " + answer.id(),
                    new Notice("unanswered.done.newAnswer", answer.question(), null), redirect);
        } catch (ResolutionRefused refused) {
            if (refused.status() != 400) {
                return groupAgain(groupId, refused, response, model);
            }
            response.setStatus(refused.status());
            model.addAttribute("error", refused.code());
            pages.newAnswer(resolutions.open(groupId), form, model);
            return "admin/unanswered/new-answer";
        }
    }

    private String done(HttpServletRequest http, Authentication who, long groupId, String how, Notice notice,
            RedirectAttributes redirect) {
        audit.record(who.getName(), "unanswered.resolve", http.getMethod(), http.getRequestURI(), 303,
                http.getRemoteAddr(), "group " + groupId + " as " + how);
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/unanswered";
    }

    /** The group page again with the reason; an unknown group is the 404 page. */
    private String groupAgain(long groupId, ResolutionRefused refused, HttpServletResponse response, Model model) {
        var group = queue.find(groupId).orElseThrow(() -> refused);
        response.setStatus(refused.status());
        model.addAttribute("error", refused.code());
        pages.group(group, model);
        return "admin/unanswered/group";
    }
}
