package city.civic.admin.console;

import city.civic.admin.tickets.ConsoleProperties;
import city.civic.admin.tickets.NoteTemplates;
import city.civic.admin.tickets.TicketDesk;
import city.civic.admin.tickets.TicketDetail;
import city.civic.admin.tickets.TicketFilter;
import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The models of the console's two pages: the worklist, and one ticket with its plan and status form. */
final class ConsolePages {

    private final TicketDesk desk;
    private final ConsoleCards cards;
    private final ConsoleProperties properties;

    ConsolePages(TicketDesk desk, ConsoleCards cards, ConsoleProperties properties) {
        this.desk = desk;
        this.cards = cards;
        this.properties = properties;
    }

    /** A note template as the form offers it: labelled in the reader's language, its text in the citizen's. */
    public record TemplateOption(String key, String status, String label, String text) {
    }

    void worklist(TicketFilter filter, Language language, String base, Model model) {
        ConsoleCards.Frame frame = cards.frame(language);
        model.addAttribute("filter", filter);
        model.addAttribute("cards", cards.cards(desk.list(filter, language), frame));
        model.addAttribute("plan", frame.plan());
        model.addAttribute("statuses", Arrays.stream(TicketStatus.values()).map(TicketStatus::code).toList());
        model.addAttribute("categories", frame.names().categories().stream()
                .map(c -> new Option(c.serviceCode(), c.name().in(language))).sorted().toList());
        model.addAttribute("departments", departments(frame, language));
        model.addAttribute("eventsUrl", ConsoleController.eventsUrl(base, filter));
        model.addAttribute("base", base);
    }

    void ticket(String id, Language language, String base, Model model) {
        TicketDetail ticket = desk.detail(id, language).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "There is no ticket " + id + "."));
        ConsoleCards.Frame frame = cards.frame(language);
        Language citizen = Language.fromCode(ticket.language()).orElse(Language.EN);
        model.addAttribute("ticket", ticket);
        model.addAttribute("filed", cards.time(ticket.createdAt()));
        model.addAttribute("updated", cards.time(ticket.updatedAt()));
        model.addAttribute("history", ticket.history().stream()
                .map(change -> new HistoryRow(cards.time(change.at()), change)).toList());
        model.addAttribute("plan", frame.plan());
        model.addAttribute("marker", frame.plan().point(ticket.lat(), ticket.lon()).orElse(null));
        model.addAttribute("tiles", MapTiles.around(properties.mapTiles(), ticket.lat(), ticket.lon()).orElse(null));
        model.addAttribute("templates", templates(ticket, language, citizen));
        model.addAttribute("departments", departments(frame, language));
        model.addAttribute("base", base);
    }

    private List<TemplateOption> templates(TicketDetail ticket, Language reader, Language citizen) {
        NoteTemplates templates = desk.templates();
        return ticket.allowed().stream().map(code -> TicketStatus.ofCode(code).orElseThrow())
                .flatMap(status -> templates.forStatus(status).stream())
                .map(t -> new TemplateOption(t.key(), t.status().code(), t.in(reader), t.in(citizen))).toList();
    }

    private static List<Option> departments(ConsoleCards.Frame frame, Language language) {
        return frame.names().departments().stream().map(d -> new Option(d.id(), d.name(language.code())))
                .sorted().toList();
    }

    /** A choice in a select: its value and its label, sorted by label. */
    public record Option(String value, String label) implements Comparable<Option> {

        @Override
        public int compareTo(Option other) {
            return label.compareTo(other.label);
        }
    }

    public record HistoryRow(String at, city.civic.admin.tickets.TicketDetail.Change change) {
    }
}
