package city.civic.admin.open311;

import city.civic.tickets.TicketChannel;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.Tickets;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.integrations.open311.Open311Params;
import city.civic.integrations.open311.ServiceRequestReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.MultiValueMap;

/**
 * Files a GeoReport v2 request as a platform ticket, exactly as a chat report is filed: same port,
 * same department routing, same {@link TicketFiled} event, channel {@link TicketChannel#API}.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#POST_Service_Request">POST Service Request</a>
 */
final class RequestIntake {

    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

    private final Tickets tickets;
    private final ServiceCatalog catalog;
    private final CityContent content;
    private final ApiKeys keys;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;

    RequestIntake(Tickets tickets, ServiceCatalog catalog, CityContent content, ApiKeys keys,
            ApplicationEventPublisher events, TransactionOperations transactions) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.content = content;
        this.keys = keys;
        this.events = events;
        this.transactions = transactions;
    }

    ServiceRequestReceipt file(MultiValueMap<String, String> params) {
        keys.check(Params.first(params, Open311Params.API_KEY));
        List<String> problems = new ArrayList<>();
        RequestForm form = RequestForm.parse(params, problems);
        ReportCategory category = form.serviceCode() == null ? null : catalog.require(form.serviceCode());
        Place place = form.addressId() == null ? null : place(form.addressId(), problems);
        if (category != null && form.observedWhen() == null && ServiceCatalog.requiresObservedWhen(category)) {
            problems.add("attribute[" + ServiceCatalog.OBSERVED_WHEN + "] is required for this service.");
        }
        if (!problems.isEmpty()) {
            throw Open311Exception.badRequest(problems);
        }
        Ticket ticket = transactions.execute(tx -> fileAndAnnounce(category, form, place));
        log.info("open311.request.filed ticket={} service={}", ticket.id(), ticket.serviceCode());
        String department = catalog.departmentName(category.department(), form.language());
        String notice = Wording.filedNotice(department, ticket.id(), form.language());
        return new ServiceRequestReceipt(ticket.id(), null, notice, null);
    }

    /** In one transaction, so an event outbox records the event together with the ticket. */
    private Ticket fileAndAnnounce(ReportCategory category, RequestForm form, Place place) {
        Double lat = form.lat() != null ? form.lat() : place == null ? null : place.lat();
        Double lon = form.lon() != null ? form.lon() : place == null ? null : place.lon();
        // Like the chat flow, a report without a description is described by its category's name.
        String description = form.description() != null ? form.description()
                : category.name().in(form.language());
        Ticket ticket = tickets.file(new Tickets.NewTicket(category.serviceCode(), category.intent(),
                category.department(), description, place == null ? null : place.id(), location(form, place, lat, lon),
                lat, lon, form.observedWhen(), form.contact(), form.language().code(), TicketChannel.API, null));
        events.publishEvent(new TicketFiled(ticket.id(), ticket.serviceCode(), ticket.department(), null));
        return ticket;
    }

    private static String location(RequestForm form, Place place, Double lat, Double lon) {
        if (form.addressString() != null) {
            return form.addressString();
        }
        if (place != null) {
            return place.name(form.language());
        }
        return String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
    }

    /** {@code address_id} is a place id of the city's gazetteer, as {@code GET requests} shows it. */
    private Place place(String addressId, List<String> problems) {
        Place place = content.places().stream().filter(p -> p.id().equals(addressId)).findFirst().orElse(null);
        if (place == null) {
            problems.add("address_id " + addressId + " is not a known place.");
        }
        return place;
    }
}
