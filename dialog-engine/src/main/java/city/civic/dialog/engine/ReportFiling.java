package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;

import city.civic.dialog.Reply;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.Tickets;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.knowledge.Departments;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Files a confirmed report: the ticket (carrying what the city's systems already know about the
 * place), the {@link TicketFiled} event, and the citizen's receipt with the ticket number.
 */
final class ReportFiling {

    private final Tickets tickets;
    private final Departments departments;
    private final Responses responses;
    private final ReportEnrichment enrichment;
    private final ApplicationEventPublisher events;

    ReportFiling(Tickets tickets, Departments departments, Responses responses, ReportEnrichment enrichment,
            ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.departments = departments;
        this.responses = responses;
        this.enrichment = enrichment;
        this.events = events;
    }

    Reply file(Turn turn, ReportForm form, ReportCategory category, Place place, String location) {
        ReportEnrichment.Context known = enrichment.about(form.intent, place, turn.language);
        String description = form.slots.getOrDefault(WHAT, category.name().in(turn.language));
        Ticket ticket = tickets.file(new Tickets.NewTicket(category.serviceCode(), form.intent, category.department(),
                known.ticketLine().isEmpty() ? description : description + "\n" + known.ticketLine(),
                form.placeId, location,
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                ReportPhrases.blankTo(form.slots.get(WHEN), null), ReportPhrases.blankTo(form.slots.get(CONTACT), null),
                turn.language.code(), TicketChannel.valueOf(turn.conversation.channel.name()), turn.conversation.id));
        events.publishEvent(new TicketFiled(ticket.id(), ticket.serviceCode(), ticket.department(),
                turn.conversation.id));
        String department = departments.find(category.department()).map(d -> d.name(turn.language.code()))
                .orElse(category.department());
        Reply filed = ticket.duplicateOf() == null
                ? responses.say(turn.language, form.intent, 1, "report.filed", department, ticket.id())
                : responses.say(turn.language, form.intent, 1, "report.filed.linked", department, ticket.id(),
                        ticket.duplicateOf());
        String text = known.note().isEmpty() ? filed.text() : known.note() + " " + filed.text();
        return new Reply(text, filed.language(), filed.intent(), 1, List.of(),
                new Reply.TicketRef(ticket.id(), ticket.status().code()), List.of(), false);
    }
}
