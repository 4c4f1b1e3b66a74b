package city.civic.admin.transcripts;

import city.civic.admin.dashboard.BadInput;
import city.civic.dialog.ConversationInsights;
import city.civic.dialog.ConversationInsights.Page;
import city.civic.dialog.ConversationInsights.Summary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/api/transcripts?from=&to=&channel=&intent=&outcome=&page=}: conversations, newest first,
 * {@value TranscriptSearchParameters#PAGE_SIZE} a page, as summaries (no citizen text: open one to read it).
 */
@RestController
class TranscriptSearchController {

    private final ConversationInsights insights;
    private final Clock clock;

    TranscriptSearchController(ConversationInsights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    /** Any staff role. */
    @GetMapping("/admin/api/transcripts")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'OPERATOR', 'ADMIN')")
    Map<String, Object> search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String intent,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String page) {
        var parameters = new TranscriptSearchParameters(from, to, channel, intent, outcome, page);
        var search = parameters.toSearch(LocalDate.now(clock.withZone(insights.zone())));
        Page found = insights.search(search);
        var body = new LinkedHashMap<String, Object>();
        body.put("from", search.from().toString());
        body.put("to", search.to().toString());
        body.put("page", found.page());
        body.put("pageSize", found.pageSize());
        body.put("total", found.total());
        body.put("pages", found.pages());
        body.put("items", found.items().stream().map(TranscriptSearchController::item).toList());
        return body;
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<Map<String, String>> refuse(BadInput e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    private static Map<String, Object> item(Summary summary) {
        var item = new LinkedHashMap<String, Object>();
        item.put("conversationId", summary.conversationId());
        item.put("channel", summary.channel().name().toLowerCase(Locale.ROOT));
        item.put("language", summary.language());
        item.put("startedAt", summary.startedAt().toString());
        item.put("lastActiveAt", summary.lastActiveAt().toString());
        item.put("outcome", summary.outcome().code());
        item.put("turns", summary.turns());
        item.put("unansweredTurns", summary.unansweredTurns());
        item.put("intents", summary.intents());
        return item;
    }
}
