package city.civic.admin.dashboard;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights;
import city.civic.dialog.ConversationInsights.Figures;
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
 * DESIGN.md "Staff JSON API": {@code GET /admin/api/stats?from=&to=} with exactly its fields. Outside tools read
 * it: a new figure goes on the dashboard page, never into this object.
 */
@RestController
class StatsController {

    static final int DEFAULT_DAYS = 30;

    private final ConversationInsights insights;
    private final Clock clock;

    StatsController(ConversationInsights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    /** Any staff role. */
    @GetMapping("/admin/api/stats")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'OPERATOR', 'ADMIN')")
    Map<String, Object> stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DateRange range = DateRange.parse(from, to, LocalDate.now(clock.withZone(insights.zone())), DEFAULT_DAYS);
        Figures figures = insights.figures(range.from(), range.to());
        var body = new LinkedHashMap<String, Object>();
        body.put("conversations", figures.conversations());
        body.put("containmentRate", rate(figures.containmentRate()));
        body.put("handoffs", figures.handoffs());
        body.put("unansweredRate", rate(figures.unansweredRate()));
        body.put("byChannel", byChannel(figures));
        body.put("topIntents", figures.topIntents().stream()
                .map(top -> Map.of("intent", top.key(), "count", top.count())).toList());
        body.put("ticketsByCategory", ticketsByCategory(figures));
        return body;
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<Map<String, String>> refuse(BadInput e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    private static Map<String, Long> byChannel(Figures figures) {
        var channels = new LinkedHashMap<String, Long>();
        for (Channel channel : Channel.values()) {
            channels.put(channel.name().toLowerCase(Locale.ROOT), figures.byChannel().getOrDefault(channel, 0L));
        }
        return channels;
    }

    private static Map<String, Long> ticketsByCategory(Figures figures) {
        var categories = new LinkedHashMap<String, Long>();
        figures.tickets().forEach(count -> categories.merge(count.category(), count.count(), Long::sum));
        return categories;
    }

    /** Four decimals: 0.6667. */
    static double rate(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
