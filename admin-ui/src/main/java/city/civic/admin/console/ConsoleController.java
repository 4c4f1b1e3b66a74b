package city.civic.admin.console;

import city.civic.admin.tickets.StaffAction;
import city.civic.admin.tickets.StatusRequest;
import city.civic.admin.tickets.TicketDesk;
import city.civic.admin.tickets.TicketFilter;
import city.civic.admin.tickets.TicketRequestException;
import city.civic.dialog.Language;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChangedMeanwhileException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The center console's tickets tab, for operators and administrators: the worklist (live over
 * {@code /admin/console/events}), one ticket's page, its status form and the audited reveal of the contact.
 * Forms post normally (the page works without JavaScript); htmx only adds the live updates.
 */
@Controller
@RequestMapping("/admin/console")
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class ConsoleController {

    private final TicketDesk desk;
    private final ConsoleEvents events;
    private final ConsolePages pages;

    ConsoleController(TicketDesk desk, ConsoleEvents events, ConsolePages pages) {
        this.desk = desk;
        this.events = events;
        this.pages = pages;
    }

    @GetMapping({"", "/"})
    String tickets(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String department, Locale locale, HttpServletRequest request,
            Model model) {
        TicketFilter filter = filter(status, category, department);
        pages.worklist(filter, language(locale), request.getContextPath(), model);
        return "admin/console/tickets";
    }

    @GetMapping(path = "/events", produces = "text/event-stream")
    SseEmitter events(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String department, Locale locale, HttpServletRequest request) {
        // The request's token is read lazily from the request, which is gone when cards are pushed: copy it now.
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        CsrfToken csrf = token == null ? null
                : new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), token.getToken());
        return events.subscribe(filter(status, category, department), locale, csrf, request.getContextPath());
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable String id, Locale locale, HttpServletRequest request, Model model) {
        pages.ticket(id, language(locale), request.getContextPath(), model);
        return "admin/console/ticket";
    }

    /** @param back {@code list} to return to the worklist (the cards' acknowledge button) */
    @PostMapping("/tickets/{id}/status")
    String changeStatus(@PathVariable String id, StatusForm form, @RequestParam(required = false) String back,
            Locale locale, Authentication who, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            Ticket changed = desk.change(id, form.request(), StaffAction.of(who, request));
            redirect.addFlashAttribute("changedTo", changed.status().code());
            return "redirect:" + ("list".equals(back) ? "/admin/console" : "/admin/console/tickets/" + changed.id());
        } catch (TicketChangedMeanwhileException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        } catch (TicketRequestException e) {
            if (e.status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            response.setStatus(e.status());
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("form", form);
        }
        pages.ticket(id, language(locale), request.getContextPath(), model);
        return "admin/console/ticket";
    }

    /** The contact is shown in this response only, never in a link; the reason goes into the audit trail. */
    @PostMapping("/tickets/{id}/reveal")
    String reveal(@PathVariable String id, @RequestParam(required = false) String reason, Locale locale,
            Authentication who, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("revealed", desk.reveal(id, reason, StaffAction.of(who, request)));
        } catch (TicketRequestException e) {
            if (e.status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            response.setStatus(e.status());
            model.addAttribute("revealRefused", e.getMessage());
        }
        pages.ticket(id, language(locale), request.getContextPath(), model);
        return "admin/console/ticket";
    }

    /** The status form's fields; {@code to} comes from the status select. */
    public record StatusForm(String to, String note, String template, String department, String duplicateOf,
            Long version) {

        StatusRequest request() {
            return new StatusRequest(to, note, template, department, duplicateOf, version);
        }
    }

    private static TicketFilter filter(String status, String category, String department) {
        try {
            return TicketFilter.parse(status, category, department);
        } catch (TicketRequestException e) {
            return TicketFilter.parse(null, category, department);
        }
    }

    static Language language(Locale locale) {
        return Language.fromCode(locale.getLanguage()).orElse(Language.EN);
    }

    static String eventsUrl(String base, TicketFilter filter) {
        return UriComponentsBuilder.fromPath(base + "/admin/console/events")
                .queryParamIfPresent("status", java.util.Optional.of(filter.status()).filter(s -> !s.isEmpty()))
                .queryParamIfPresent("category", java.util.Optional.ofNullable(filter.category()))
                .queryParamIfPresent("department", java.util.Optional.ofNullable(filter.department()))
                .encode().build().toUriString();
    }
}
