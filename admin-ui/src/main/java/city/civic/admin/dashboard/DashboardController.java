package city.civic.admin.dashboard;

import city.civic.dialog.ConversationInsights;
import city.civic.dialog.ConversationInsights.Figures;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard page: figures and charts over a date range of the city's days. */
@Controller
class DashboardController {

    private final ConversationInsights insights;
    private final Clock clock;
    private final MessageSource messages;

    DashboardController(ConversationInsights insights, Clock clock, MessageSource messages) {
        this.insights = insights;
        this.clock = clock;
        this.messages = messages;
    }

    /** Any staff role. */
    @GetMapping("/admin/dashboard")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'OPERATOR', 'ADMIN')")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, Locale locale, HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock.withZone(insights.zone()));
        model.addAttribute("today", today);
        DateRange range;
        try {
            range = DateRange.parse(from, to, today, StatsController.DEFAULT_DAYS);
        } catch (BadInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", e.messageKey());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return "admin/dashboard";
        }
        model.addAttribute("from", range.from());
        model.addAttribute("to", range.to());
        model.addAttribute("zone", insights.zone());
        Figures figures = insights.figures(range.from(), range.to());
        model.addAttribute("figures", figures);
        var charts = new DashboardCharts(messages, locale);
        model.addAttribute("perDay", charts.perDay(figures));
        model.addAttribute("perHour", charts.perHour(figures));
        model.addAttribute("byChannel", charts.byChannel(figures));
        model.addAttribute("byOutcome", charts.byOutcome(figures));
        model.addAttribute("topIntents", charts.topIntents(figures));
        model.addAttribute("tickets", charts.ticketsByCategory(figures));
        model.addAttribute("ticketTable", DashboardCharts.ticketTable(figures));
        model.addAttribute("answers", charts.answerUse(figures));
        return "admin/dashboard";
    }
}
