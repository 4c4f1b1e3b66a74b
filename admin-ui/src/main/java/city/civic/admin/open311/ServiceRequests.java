package city.civic.admin.open311;

import city.civic.dialog.Language;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets;
import city.civic.dialog.content.ReportCategory;
import city.civic.integrations.open311.ServiceRequest;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/** The read side: tickets from every channel, found and shown as GeoReport v2 service requests. */
final class ServiceRequests {

    private static final Comparator<Ticket> NEWEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(Ticket::id).reversed();

    private final Tickets tickets;
    private final ServiceCatalog catalog;
    private final Open311Time time;
    private final Clock clock;

    ServiceRequests(Tickets tickets, ServiceCatalog catalog, Open311Time time, Clock clock) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.time = time;
        this.clock = clock;
    }

    List<ServiceRequest> search(MultiValueMap<String, String> params) {
        Language language = Params.language(params);
        RequestFilter filter = RequestFilter.parse(params, time, clock.instant());
        var found = new LinkedHashMap<String, Ticket>();
        filter.queries().forEach(query -> tickets.search(query).forEach(t -> found.putIfAbsent(t.id(), t)));
        return found.values().stream().sorted(NEWEST_FIRST).limit(RequestFilter.MAX_REQUESTS)
                .map(views(language)).toList();
    }

    ServiceRequest find(String serviceRequestId, Language language) {
        return tickets.find(serviceRequestId).map(views(language)).orElseThrow(() -> Open311Exception.notFound(
                "service_request_id " + serviceRequestId + " was not found."));
    }

    /** A mapping for one response: categories and places read once, department names looked up once each. */
    private Function<Ticket, ServiceRequest> views(Language language) {
        Map<String, ReportCategory> categories = catalog.byCode();
        Map<String, String> places = catalog.placeNames(language);
        Map<String, String> agencies = new HashMap<>();
        return ticket -> view(ticket, categories.get(ticket.serviceCode()),
                agencies.computeIfAbsent(ticket.department(), id -> catalog.departmentName(id, language)),
                ticket.placeId() == null ? null : places.get(ticket.placeId()), language);
    }

    /**
     * What anybody may know of a ticket: service, the gazetteer's place, status, dates and the department's
     * note. Never the citizen's own words (the description and the location as typed can name people,
     * plates, homes), the contact or the conversation; those are for staff. So {@code description} is
     * always null, {@code address} is the gazetteer's name of the matched place, and the platform's finer
     * status goes in {@code extended_status} and, in words, before the note in {@code status_notes}.
     */
    private ServiceRequest view(Ticket ticket, ReportCategory category, String agency, String place,
            Language language) {
        return new ServiceRequest(ticket.id(), RequestFilter.status(ticket.status()),
                statusNotes(ticket, language),
                category == null ? null : category.name().in(language), ticket.serviceCode(),
                null, agency, null,
                time.format(ticket.createdAt()), time.format(ticket.updatedAt()), null,
                place, ticket.placeId(), null,
                ticket.lat(), ticket.lon(), null, ticket.status().code(),
                ticket.status() == TicketStatus.DUPLICATE ? ticket.duplicateOf() : null);
    }

    /** The platform's finer status in words, then the note the citizen hears (from the department or the center). */
    private static String statusNotes(Ticket ticket, Language language) {
        return Wording.statusNotes(ticket.status(), Redaction.publicText(ticket.statusNotes(), ticket.contact()),
                language);
    }
}
