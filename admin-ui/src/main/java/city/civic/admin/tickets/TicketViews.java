package city.civic.admin.tickets;

import city.civic.dialog.Language;
import city.civic.dialog.PersonalData;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketWorkflow;
import city.civic.dialog.content.Place;

/** Tickets as staff see them: names in the reader's language, the citizen's words masked. */
final class TicketViews {

    static final int EXCERPT = 280;

    private final TicketNames names;
    private final HandoffLookup handoffs;
    private final Language language;

    TicketViews(TicketNames names, HandoffLookup handoffs, Language language) {
        this.names = names;
        this.handoffs = handoffs;
        this.language = language;
    }

    TicketSummary summary(Ticket ticket) {
        TicketText text = TicketText.of(ticket.description(), ticket.contact());
        return new TicketSummary(ticket.id(), ticket.status().code(), ticket.serviceCode(), place(ticket),
                ticket.createdAt(), handoffs.handedOff(ticket.conversationId()),
                names.category(ticket.serviceCode(), language), ticket.placeId(), ticket.lat(), ticket.lon(),
                ticket.department(), names.department(ticket.department(), language), ticket.updatedAt(),
                ticket.channel().name().toLowerCase(java.util.Locale.ROOT), ticket.language(), text.excerpt(EXCERPT),
                text.liveData(), PersonalData.mask(ticket.statusNotes()), ticket.duplicateOf(), ticket.version());
    }

    TicketDetail detail(Ticket ticket, TicketWorkflow workflow) {
        TicketText text = TicketText.of(ticket.description(), ticket.contact());
        boolean hasContact = ticket.contact() != null && !ticket.contact().isBlank();
        return new TicketDetail(ticket.id(), ticket.status().code(), ticket.serviceCode(), place(ticket),
                ticket.createdAt(), handoffs.handedOff(ticket.conversationId()),
                names.category(ticket.serviceCode(), language), ticket.placeId(), ticket.lat(), ticket.lon(),
                ticket.department(), names.department(ticket.department(), language), ticket.updatedAt(),
                ticket.channel().name().toLowerCase(java.util.Locale.ROOT), ticket.language(), text.request(),
                TicketText.mask(ticket.location(), ticket.contact()),
                TicketText.mask(ticket.observedWhen(), ticket.contact()), text.liveData(), hasContact,
                hasContact ? PersonalData.MARK : null, PersonalData.mask(ticket.statusNotes()), ticket.duplicateOf(),
                workflow.duplicatesOf(ticket.id()).stream().map(Ticket::id).toList(),
                ticket.status().next().stream().map(TicketStatus::code).toList(),
                workflow.history(ticket.id()).stream().map(h -> new TicketDetail.Change(h.at(), h.changedBy(),
                        h.from().code(), h.to().code(), PersonalData.mask(h.note()), h.department(),
                        h.duplicateOf())).toList(),
                ticket.conversationId(), ticket.centerRequestId(), ticket.version());
    }

    /** The gazetteer's name when the report was matched to a place, else what the citizen typed, masked. */
    private String place(Ticket ticket) {
        return names.place(ticket.placeId()).map(p -> p.name(language))
                .orElseGet(() -> TicketText.mask(ticket.location(), ticket.contact()));
    }

    Place placeOf(Ticket ticket) {
        return names.place(ticket.placeId()).orElse(null);
    }
}
