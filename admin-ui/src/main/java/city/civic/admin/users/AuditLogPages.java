package city.civic.admin.users;

import city.civic.admin.dashboard.BadInput;
import city.civic.admin.dashboard.DateRange;
import city.civic.dialog.ConversationInsights;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page ({@code ADMIN} only): who did what and when, filtered, newest first. */
@Controller
class AuditLogPages {

    static final int DEFAULT_DAYS = 7;
    private static final int LONGEST_FILTER = 64;
    private static final int LAST_PAGE = 100_000;

    private final AuditLog log;
    private final ZoneId zone;
    private final Clock clock;

    AuditLogPages(AuditLog log, ConversationInsights insights, Clock clock) {
        this.log = log;
        this.zone = insights.zone();
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("actions", log.actions());
        model.addAttribute("zone", zone);
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        try {
            DateRange range = DateRange.parse(from, to, LocalDate.now(clock.withZone(zone)), DEFAULT_DAYS);
            var query = new AuditLog.Query(filter(user, "user"), filter(action, "action"),
                    range.from().atStartOfDay(zone).toInstant(), range.to().plusDays(1).atStartOfDay(zone).toInstant(),
                    page(page));
            model.addAttribute("from", range.from());
            model.addAttribute("to", range.to());
            model.addAttribute("results", log.search(query));
        } catch (BadInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", e.messageKey());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        return "admin/audit";
    }

    private static String filter(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > LONGEST_FILTER) {
            throw new BadInput("filter.too_long", name + " is at most " + LONGEST_FILTER + " characters.");
        }
        return value.strip();
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 0 && value <= LAST_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInput("page.invalid", "page must be a number from 0.");
    }
}
