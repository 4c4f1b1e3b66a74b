package city.civic.admin.unanswered;

import city.civic.knowledge.Answers;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue's pages: the open groups (most asked first) with the recently resolved ones, a group with what
 * can be made of it, and the new-answer form pre-filled from the group. Reviewers read; officials act.
 */
@Controller
@RequestMapping("/admin/unanswered")
class UnansweredPages {

    static final int LISTED = 200;
    static final int RESOLVED_LISTED = 20;

    private final UnansweredQueue queue;
    private final Answers answers;
    private final GroupPageModel pages;

    UnansweredPages(UnansweredQueue queue, Answers answers, GroupPageModel pages) {
        this.queue = queue;
        this.answers = answers;
        this.pages = pages;
    }

    /** {@code language} filters (the {@code lang} parameter is the staff UI's own language). */
    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'ADMIN')")
    String list(@RequestParam(required = false) String language, Model model) {
        String lang = "en".equals(language) || "ko".equals(language) ? language : null;
        model.addAttribute("language", lang);
        model.addAttribute("groups", queue.open(lang, LISTED).stream().map(g -> GroupView.of(g, pages.zone()))
                .toList());
        model.addAttribute("resolved", queue.resolved(RESOLVED_LISTED).stream()
                .map(g -> GroupView.of(g, pages.zone())).toList());
        return "admin/unanswered/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'ADMIN')")
    String group(@PathVariable String id, Model model) {
        pages.group(pages.group(id), model);
        return "admin/unanswered/group";
    }

    @GetMapping("/{id}/new-answer")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String newAnswer(@PathVariable String id, Model model) {
        UnansweredGroup group = pages.group(id);
        if (!group.open()) {
            return "redirect:/admin/unanswered/" + group.id();
        }
        pages.newAnswer(group, pages.prefilled(group), model);
        return "admin/unanswered/new-answer";
    }

    /** An answer's current question and phrasings, shown beside the choice before adding to them. */
    @GetMapping("/answer-preview")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'ADMIN')")
    String answerPreview(@RequestParam(required = false) String answerId,
            @RequestParam(required = false) String language, Model model) {
        model.addAttribute("answer", answerId == null || language == null ? null
                : answers.find(answerId, language).orElse(null));
        return "admin/unanswered/group :: preview";
    }
}
