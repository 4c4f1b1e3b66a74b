package city.civic.admin.transcripts;

import city.civic.admin.dashboard.BadInput;
import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights;
import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The transcripts pages: search, read one (masked), and reveal it with a reason (operators, administrators).
 * A revealed transcript is the answer to the POST only: it has no address to come back to.
 */
@Controller
class TranscriptPages {

    static final int LONGEST_REASON = 1000;

    private final ConversationInsights insights;
    private final Conversations conversations;
    private final TranscriptReveal reveal;
    private final Clock clock;

    TranscriptPages(ConversationInsights insights, Conversations conversations, TranscriptReveal reveal, Clock clock) {
        this.insights = insights;
        this.conversations = conversations;
        this.reveal = reveal;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("outcomes", List.of(ConversationOutcome.values()));
        model.addAttribute("zone", insights.zone());
    }

    /** Any staff role. */
    @GetMapping("/admin/transcripts")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'OPERATOR', 'ADMIN')")
    String search(@ModelAttribute("query") TranscriptSearchParameters query, Model model,
            HttpServletResponse response) {
        try {
            var search = query.toSearch(LocalDate.now(clock.withZone(insights.zone())));
            model.addAttribute("search", search);
            model.addAttribute("results", insights.search(search));
        } catch (BadInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", e.messageKey());
        }
        return "admin/transcripts";
    }

    /** Any staff role; personal data masked. */
    @GetMapping("/admin/transcripts/{conversationId}")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'OPERATOR', 'ADMIN')")
    String transcript(@PathVariable String conversationId, Model model) {
        return show(kept(conversationId).masked(), false, model);
    }

    @PostMapping("/admin/transcripts/{conversationId}/reveal")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    String reveal(@PathVariable String conversationId, @RequestParam(required = false) String reason,
            Authentication who, HttpServletRequest http, HttpServletResponse response, Model model) {
        Transcript masked = kept(conversationId).masked();
        Optional<String> given = TranscriptReveal.reason(reason);
        if (given.isEmpty() || given.get().length() > LONGEST_REASON) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasonError", given.isEmpty() ? "transcripts.reveal.tooShort"
                    : "transcripts.reveal.tooLong");
            model.addAttribute("reason", reason == null ? "" : reason.substring(0, Math.min(reason.length(),
                    LONGEST_REASON)));
            return show(masked, false, model);
        }
        Transcript revealed = reveal.reveal(conversationId, given.get(), who.getName(), http)
                .orElseThrow(TranscriptPages::notFound);
        model.addAttribute("revealReason", given.get());
        return show(revealed, true, model);
    }

    private Transcript kept(String conversationId) {
        return conversations.keptTranscript(conversationId).orElseThrow(TranscriptPages::notFound);
    }

    private String show(Transcript transcript, boolean revealed, Model model) {
        model.addAttribute("view", TranscriptView.of(transcript, insights.zone()));
        model.addAttribute("summary", insights.summary(transcript.conversationId()).orElse(null));
        model.addAttribute("revealed", revealed);
        return "admin/transcript";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such conversation (or retention deleted it).");
    }
}
