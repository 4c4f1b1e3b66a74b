package city.civic.admin.open311;

import city.civic.tickets.TicketStatus;
import city.civic.tickets.Tickets.TicketQuery;
import city.civic.integrations.open311.Open311Params;
import city.civic.integrations.open311.ServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The filters of {@code GET requests.json}. {@code service_request_id} overrides all others; otherwise
 * the window is at most 90 days (the last 90 by default) and the answer at most 1,000 requests.
 *
 * @param to exclusive
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_Service_Requests">GET Service Requests</a>
 */
record RequestFilter(List<String> ids, List<String> serviceCodes, Instant from, Instant to,
        List<TicketStatus> statuses) {

    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;

    static RequestFilter parse(MultiValueMap<String, String> params, Open311Time time, Instant now) {
        List<String> ids = Params.csv(params, Open311Params.SERVICE_REQUEST_ID);
        if (!ids.isEmpty()) {
            if (ids.size() > MAX_REQUESTS) {
                throw Open311Exception.badRequest("At most " + MAX_REQUESTS + " service_request_id values.");
            }
            return new RequestFilter(ids, List.of(), null, null, List.of());
        }
        String start = Params.first(params, Open311Params.START_DATE);
        String end = Params.first(params, Open311Params.END_DATE);
        Instant from = start == null ? null : time.start("start_date", start);
        Instant to = end == null ? null : time.endExclusive("end_date", end);
        if (from == null && to == null) {
            from = now.minus(MAX_WINDOW);
        } else if (from == null) {
            from = to.minus(MAX_WINDOW);
        } else if (to == null) {
            to = from.plus(MAX_WINDOW);
        } else if (!to.isAfter(from)) {
            throw Open311Exception.badRequest("end_date must not be before start_date.");
        } else if (Duration.between(from, to).compareTo(MAX_WINDOW.plusMillis(1)) > 0) {
            // The margin is the microsecond that makes an exact end_date inclusive.
            throw Open311Exception.badRequest("start_date and end_date may be at most 90 days apart.");
        }
        return new RequestFilter(List.of(), Params.csv(params, Open311Params.SERVICE_CODE), from, to,
                statuses(params));
    }

    /** One query per service code, since the port filters by a single code. */
    List<TicketQuery> queries() {
        if (serviceCodes.isEmpty()) {
            return List.of(new TicketQuery(ids, null, from, to, statuses, MAX_REQUESTS));
        }
        return serviceCodes.stream().map(code -> new TicketQuery(ids, code, from, to, statuses, MAX_REQUESTS))
                .toList();
    }

    /** The spec's two states over the platform's six. */
    private static List<TicketStatus> statuses(MultiValueMap<String, String> params) {
        Set<TicketStatus> statuses = new LinkedHashSet<>();
        for (String status : Params.csv(params, Open311Params.STATUS)) {
            switch (status.toLowerCase(Locale.ROOT)) {
                case ServiceRequest.OPEN -> Arrays.stream(TicketStatus.values()).filter(s -> !s.isClosed())
                        .forEach(statuses::add);
                case ServiceRequest.CLOSED -> Arrays.stream(TicketStatus.values()).filter(TicketStatus::isClosed)
                        .forEach(statuses::add);
                default -> throw Open311Exception.badRequest("status must be open or closed.");
            }
        }
        return new ArrayList<>(statuses);
    }

    /** A duplicate is closed: the work goes on under the ticket it repeats. */
    static String status(TicketStatus status) {
        return status.isClosed() ? ServiceRequest.CLOSED : ServiceRequest.OPEN;
    }
}
