package city.civic.admin.open311;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets;
import city.civic.tickets.TicketChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ticket port in memory, with the search semantics its javadoc promises. */
final class FakeTickets implements Tickets {

    final List<Ticket> tickets = new ArrayList<>();
    final List<TicketQuery> queries = new ArrayList<>();
    private final Clock clock;

    FakeTickets(Clock clock) {
        this.clock = clock;
    }

    Ticket add(String serviceCode, TicketStatus status, Instant createdAt, String description, String contact) {
        return add(serviceCode, status, createdAt, description, "Gyeongan Intersection", contact);
    }

    /** @param location the place as the citizen typed it; the gazetteer place is Gyeongan Intersection */
    Ticket add(String serviceCode, TicketStatus status, Instant createdAt, String description, String location,
            String contact) {
        var ticket = new Ticket("SC-2026-%06d".formatted(tickets.size() + 1), serviceCode, "intent." + serviceCode,
                "traffic-signals", description, "gyeongan-intersection", location, 37.4172, 127.2557,
                "this morning", contact, "ko", TicketChannel.WEB, "conversation-secret-id", status, createdAt,
                createdAt.plusSeconds(3600), null, null, null);
        tickets.add(ticket);
        return ticket;
    }

    @Override
    public Ticket file(NewTicket t) {
        Instant now = clock.instant();
        var ticket = new Ticket("SC-2026-%06d".formatted(tickets.size() + 1), t.serviceCode(), t.intent(),
                t.department(), t.description(), t.placeId(), t.location(), t.lat(), t.lon(), t.observedWhen(),
                t.contact(), t.language(), t.channel(), t.conversationId(), TicketStatus.RECEIVED, now, now, null,
                null, null);
        tickets.add(ticket);
        return ticket;
    }

    @Override
    public Optional<Ticket> find(String ticketNumber) {
        return tickets.stream().filter(t -> t.id().equals(ticketNumber.trim().toUpperCase(Locale.ROOT))).findFirst();
    }

    @Override
    public List<Ticket> recent(int limit) {
        return tickets.stream().sorted(Comparator.comparing(Ticket::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<Ticket> search(TicketQuery q) {
        queries.add(q);
        return tickets.stream()
                .filter(t -> q.ids() == null || q.ids().isEmpty() || q.ids().contains(t.id()))
                .filter(t -> q.serviceCode() == null || q.serviceCode().equals(t.serviceCode()))
                .filter(t -> q.from() == null || !t.createdAt().isBefore(q.from()))
                .filter(t -> q.to() == null || t.createdAt().isBefore(q.to()))
                .filter(t -> q.statuses() == null || q.statuses().isEmpty() || q.statuses().contains(t.status()))
                .sorted(Comparator.comparing(Ticket::createdAt).reversed())
                .limit(q.limit())
                .toList();
    }
}
