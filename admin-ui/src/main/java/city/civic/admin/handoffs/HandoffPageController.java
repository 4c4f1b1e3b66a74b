package city.civic.admin.handoffs;

import city.civic.dialog.Conversations;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffException;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's "Hand-offs" tab: the queue, and a conversation where a counsellor picks a chat up and writes to
 * the citizen. Forms post normally (each answered by a redirect); htmx sends a message without reloading, and
 * server-sent events keep the queue and the conversation current. Personal data is masked on every page.
 */
@Controller
@RequestMapping("/admin/console/handoffs")
class HandoffPageController {

    /** The name a counsellor chose last, offered again for the next pick-up. */
    static final String NAME = "civic.handoffs.name";
    private static final String HOME = "/admin/console/handoffs";

    private final Handoffs handoffs;
    private final Conversations conversations;
    private final CounsellorActions actions;
    private final HandoffViews views;
    private final HandoffStream stream;

    HandoffPageController(Handoffs handoffs, Conversations conversations, CounsellorActions actions,
            HandoffViews views, HandoffStream stream) {
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.actions = actions;
        this.views = views;
        this.stream = stream;
    }

    @GetMapping
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    String list(Model model, Authentication who) {
        queue(model, who);
        return "admin/handoffs";
    }

    @GetMapping("/queue")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    String queue(Model model, Authentication who) {
        var open = views.of(handoffs.open(), who.getName());
        model.addAttribute("handoffs", open);
        model.addAttribute("waiting", open.stream().filter(HandoffViews.HandoffView::isWaiting).count());
        model.addAttribute("active", open.stream().filter(HandoffViews.HandoffView::isActive).count());
        return "admin/handoffs-parts :: queue";
    }

    @GetMapping(path = "/events", produces = "text/event-stream")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    SseEmitter events(@RequestParam(required = false) String conversation) {
        return stream.subscribe(conversation);
    }

    @GetMapping("/{conversationId}")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    String conversation(@PathVariable String conversationId, Model model, Authentication who, HttpSession session) {
        Handoff handoff = handoff(conversationId);
        var entries = views.entries(transcript(conversationId), 0);
        model.addAttribute("h", views.of(handoff, who.getName()));
        model.addAttribute("entries", entries);
        model.addAttribute("after", entries.size());
        Object name = session.getAttribute(NAME);
        model.addAttribute("counsellorName", name == null ? "" : name);
        model.addAttribute("longestMessage", Handoffs.LONGEST_MESSAGE);
        model.addAttribute("longestName", Handoffs.LONGEST_NAME);
        return "admin/handoff";
    }

    /** The lines the page has not shown yet, and the new count for the next fetch. */
    @GetMapping("/{conversationId}/transcript")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    String transcript(@PathVariable String conversationId, @RequestParam(defaultValue = "0") int after, Model model) {
        var entries = views.entries(transcript(conversationId), after);
        model.addAttribute("entries", entries);
        int next = entries.isEmpty() ? Math.max(after, 0) : entries.get(entries.size() - 1).index() + 1;
        model.addAttribute("after", next);
        return "admin/handoffs-parts :: more";
    }

    @GetMapping("/{conversationId}/status")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    String status(@PathVariable String conversationId, @RequestParam(required = false) String shown, Model model,
            Authentication who) {
        Handoff handoff = handoff(conversationId);
        model.addAttribute("h", views.of(handoff, who.getName()));
        model.addAttribute("changed", shown != null && !shown.equals(handoff.status().code()));
        return "admin/handoffs-parts :: status";
    }

    @PostMapping("/{conversationId}/pickup")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    ResponseEntity<Void> pickUp(@PathVariable String conversationId, @RequestParam(required = false) String name,
            Authentication who, HttpServletRequest http, HttpSession session) {
        Handoff handoff = actions.pickUp(conversationId, name, who, http);
        session.setAttribute(NAME, handoff.counsellor());
        return seeOther(conversationId);
    }

    @PostMapping("/{conversationId}/messages")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    ResponseEntity<Void> say(@PathVariable String conversationId, @RequestParam(required = false) String text,
            Authentication who, HttpServletRequest http) {
        actions.say(conversationId, text, who, http);
        return isHtmx(http) ? ResponseEntity.noContent().build() : seeOther(conversationId);
    }

    @PostMapping("/{conversationId}/handback")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    ResponseEntity<Void> handBack(@PathVariable String conversationId, Authentication who, HttpServletRequest http) {
        actions.handBack(conversationId, who, http);
        return seeOther(conversationId);
    }

    @PostMapping("/{conversationId}/close")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    ResponseEntity<Void> close(@PathVariable String conversationId, Authentication who, HttpServletRequest http) {
        actions.close(conversationId, who, http);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(HOME)).build();
    }

    /**
     * htmx shows a refusal's message in the page's error region; a plain form comes back to the conversation
     * with the refusal's code, which the page words in the staff member's language.
     */
    @ExceptionHandler(HandoffException.class)
    ResponseEntity<?> refused(HandoffException e, HttpServletRequest http) {
        if (isHtmx(http)) {
            return ResponseEntity.status(HandoffApiController.status(e))
                    .body(Map.of("error", e.code(), "message", e.getMessage()));
        }
        Object variables = http.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object conversationId = variables instanceof Map<?, ?> map ? map.get("conversationId") : null;
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath(HOME + "/{id}")
                .queryParam("error", e.code()).buildAndExpand(conversationId == null ? "" : conversationId).encode()
                .toUri()).build();
    }

    private Handoff handoff(String conversationId) {
        return handoffs.find(conversationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Transcript transcript(String conversationId) {
        return conversations.keptTranscript(conversationId).map(Transcript::masked)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<Void> seeOther(String conversationId) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(UriComponentsBuilder.fromPath(HOME + "/{id}").buildAndExpand(conversationId).encode().toUri())
                .build();
    }

    private static boolean isHtmx(HttpServletRequest http) {
        return "true".equals(http.getHeader("HX-Request"));
    }
}
