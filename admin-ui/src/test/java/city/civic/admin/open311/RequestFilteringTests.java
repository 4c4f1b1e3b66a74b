package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filters of GET requests.json: ids, service codes, dates with offsets, open/closed. */
class RequestFilteringTests {

    final Open311Fixture fixture = new Open311Fixture();
    Ticket received;
    Ticket inProgress;
    Ticket resolved;
    Ticket closed;
    Ticket ancient;

    @BeforeEach
    void tickets() {
        // 2026-03-01 09:00 in Seoul is 00:00 UTC.
        received = fixture.tickets.add("road-damage", TicketStatus.RECEIVED, Instant.parse("2026-03-01T00:00:00Z"),
                "pothole", null);
        inProgress = fixture.tickets.add("traffic-signal-fault", TicketStatus.IN_PROGRESS,
                Instant.parse("2026-03-02T00:00:00Z"), "dark", null);
        resolved = fixture.tickets.add("traffic-signal-fault", TicketStatus.RESOLVED,
                Instant.parse("2026-03-03T00:00:00Z"), "stuck", null);
        closed = fixture.tickets.add("road-damage", TicketStatus.CLOSED, Instant.parse("2026-03-04T00:00:00Z"),
                "crack", null);
        ancient = fixture.tickets.add("road-damage", TicketStatus.CLOSED,
                Open311Fixture.NOW.minus(Duration.ofDays(200)), "long gone", null);
    }

    @Test
    void openIsReceivedOrInProgressAndClosedIsResolvedOrClosed() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json").param("status", "open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", contains(inProgress.id(), received.id())))
                .andExpect(jsonPath("$[*].status", contains("open", "open")));
        fixture.mvc.perform(get("/open311/v2/requests.json").param("status", "closed"))
                .andExpect(jsonPath("$[*].service_request_id", contains(closed.id(), resolved.id())))
                .andExpect(jsonPath("$[*].status", contains("closed", "closed")))
                .andExpect(jsonPath("$[*].status_notes", contains("종결", "처리 완료")));
        fixture.mvc.perform(get("/open311/v2/requests.json").param("status", "open,closed"))
                .andExpect(jsonPath("$", hasSize(4)));
    }

    @Test
    void serviceCodesAreACommaList() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json").param("service_code", "traffic-signal-fault"))
                .andExpect(jsonPath("$[*].service_request_id", contains(resolved.id(), inProgress.id())));
        fixture.mvc.perform(get("/open311/v2/requests.json").param("service_code", "traffic-signal-fault,road-damage")
                        .param("status", "open"))
                .andExpect(jsonPath("$[*].service_request_id", contains(inProgress.id(), received.id())));
    }

    @Test
    void datesCarryAnOffsetAndTheEndIsInclusive() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-03-02T09:00:00+09:00")
                        .param("end_date", "2026-03-03T09:00:00+09:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", contains(resolved.id(), inProgress.id())));
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-03-02T00:00:00Z").param("end_date", "2026-03-02T23:59:59Z"))
                .andExpect(jsonPath("$[*].service_request_id", contains(inProgress.id())));
    }

    @Test
    void anUnencodedPlusInTheOffsetStillParses() throws Exception {
        // "?start_date=2026-03-04T09:00:00+09:00" sent as is: the '+' reaches the server as a space.
        fixture.mvc.perform(get("/open311/v2/requests.json?start_date=2026-03-04T09:00:00+09:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", contains(closed.id())));
    }

    @Test
    void aBareDateIsThatWholeDayInTheCity() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-03-02").param("end_date", "2026-03-03"))
                .andExpect(jsonPath("$[*].service_request_id", contains(resolved.id(), inProgress.id())));
    }

    @Test
    void aStartAloneOpensA90DayWindow() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-03-03T09:00:00+09:00"))
                .andExpect(jsonPath("$[*].service_request_id", contains(closed.id(), resolved.id())));
        assertThat(fixture.tickets.queries.get(0).to()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void idsOverrideEveryOtherFilter() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("service_request_id", ancient.id() + ", " + received.id())
                        .param("status", "open").param("service_code", "traffic-signal-fault"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", contains(received.id(), ancient.id())));
    }

    @Test
    void badFiltersAreRefusedWithTheErrorArray() throws Exception {
        expectBadRequest("start_date", "yesterday", "not an ISO 8601 datetime");
        expectBadRequest("start_date", "2026-03-01T09:00:00", "must include a time zone offset");
        expectBadRequest("status", "pending", "status must be open or closed");
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-01-01T00:00:00+09:00")
                        .param("end_date", "2026-04-02T00:00:00+09:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", containsString("at most 90 days")));
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-03-05T00:00:00+09:00")
                        .param("end_date", "2026-03-01T00:00:00+09:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", containsString("before start_date")));
    }

    @Test
    void exactly90DaysIsAllowed() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2026-01-01T00:00:00+09:00")
                        .param("end_date", "2026-04-01T00:00:00+09:00"))
                .andExpect(status().isOk());
    }

    private void expectBadRequest(String name, String value, String description) throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests.json").param(name, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description", containsString(description)));
    }
}
