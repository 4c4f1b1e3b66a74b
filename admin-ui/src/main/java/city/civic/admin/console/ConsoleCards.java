package city.civic.admin.console;

import city.civic.admin.tickets.TicketDesk;
import city.civic.admin.tickets.TicketNames;
import city.civic.admin.tickets.TicketSummary;
import city.civic.dialog.Language;
import city.civic.tickets.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tickets as the console shows them: one card each (the same fragment on the page and pushed live), with the
 * times in the city's zone and the place on the plan. Cards pushed over server-sent events are rendered here,
 * outside any request, in the language and with the CSRF token of the page that opened the stream.
 */
final class ConsoleCards {

    static final String TEMPLATE = "admin/console/cards";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketDesk desk;
    private final ITemplateEngine templates;
    private final ZoneId zone;

    ConsoleCards(TicketDesk desk, ITemplateEngine templates, ZoneId zone) {
        this.desk = desk;
        this.templates = templates;
        this.zone = zone;
    }

    /** @param marker where the ticket sits on the city plan; null without coordinates */
    public record Card(TicketSummary ticket, String filed, CityPlan.Point marker) {
    }

    /** What a page needs to draw cards: the plan and names in the reader's language. */
    public record Frame(CityPlan plan, TicketNames names, Language language) {
    }

    Frame frame(Language language) {
        TicketNames names = desk.names();
        return new Frame(CityPlan.of(names.places(), language), names, language);
    }

    List<Card> cards(List<TicketSummary> tickets, Frame frame) {
        return tickets.stream().map(t -> card(t, frame)).toList();
    }

    Card card(TicketSummary ticket, Frame frame) {
        return new Card(ticket, time(ticket.createdAt()), frame.plan().point(ticket.lat(), ticket.lon()).orElse(null));
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** The card of a ticket for a page in {@code locale}, and for a new ticket a line for screen readers. */
    String render(Ticket ticket, boolean filed, Locale locale, CsrfToken csrf, String base) {
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.EN);
        Frame frame = frame(language);
        Card card = card(desk.summary(ticket, language), frame);
        var context = new Context(locale);
        context.setVariable("card", card);
        context.setVariable("plan", frame.plan());
        context.setVariable("_csrf", csrf);
        context.setVariable("base", base);
        String html = templates.process(TEMPLATE, Set.of("card"), context);
        return filed ? html + templates.process(TEMPLATE, Set.of("announce"), context) : html;
    }
}
