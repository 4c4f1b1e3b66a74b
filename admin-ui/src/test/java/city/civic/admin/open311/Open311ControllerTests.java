package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The read side of GeoReport v2: services, service definitions, requests and the error array. */
class Open311ControllerTests {

    final Open311Fixture fixture = new Open311Fixture();

    @Test
    void servicesAreTheReportCategoriesInKoreanByDefault() throws Exception {
        fixture.mvc.perform(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].service_code").value("traffic-signal-fault"))
                .andExpect(jsonPath("$[0].service_name").value("신호등 고장"))
                .andExpect(jsonPath("$[0].description").value("신호등 고장 설명"))
                .andExpect(jsonPath("$[0].metadata").value(true))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].keywords").value("signal,신호등"))
                .andExpect(jsonPath("$[0].group").value("교통신호팀"))
                .andExpect(jsonPath("$[1].group").value("도로관리과"));
    }

    @Test
    void servicesInEnglish() throws Exception {
        fixture.mvc.perform(get("/open311/v2/services.json").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_name").value("Traffic signal fault"))
                .andExpect(jsonPath("$[0].description").value("Traffic signal fault description"))
                .andExpect(jsonPath("$[0].group").value("Traffic Signal Team"));
    }

    @Test
    void anUnknownLanguageIsRefused() throws Exception {
        fixture.mvc.perform(get("/open311/v2/services.json").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value("lang must be en or ko."));
    }

    @Test
    void theServiceDefinitionOffersWhenItWasObserved() throws Exception {
        fixture.mvc.perform(get("/open311/v2/services/traffic-signal-fault.json").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.service_code").value("traffic-signal-fault"))
                .andExpect(jsonPath("$.attributes", hasSize(1)))
                .andExpect(jsonPath("$.attributes[0].code").value("observed_when"))
                .andExpect(jsonPath("$.attributes[0].variable").value(true))
                .andExpect(jsonPath("$.attributes[0].datatype").value("string"))
                .andExpect(jsonPath("$.attributes[0].required").value(false))
                .andExpect(jsonPath("$.attributes[0].order").value(1))
                .andExpect(jsonPath("$.attributes[0].description").value("When did you notice it?"))
                .andExpect(jsonPath("$.attributes[0].datatype_description", containsString("ISO 8601")))
                .andExpect(jsonPath("$.attributes[0].values", hasSize(0)));
    }

    @Test
    void anUnknownServiceIsTheSpecs404Array() throws Exception {
        fixture.mvc.perform(get("/open311/v2/services/no-such-service.json"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description", containsString("no-such-service")));
    }

    @Test
    void xmlIsRefusedInJsonWhateverTheClientAccepts() throws Exception {
        for (String path : new String[] {"/open311/v2/services.xml", "/open311/v2/services/road-damage.xml",
                "/open311/v2/requests.xml", "/open311/v2/requests/SC-2026-000001.xml"}) {
            fixture.mvc.perform(get(path).accept(MediaType.APPLICATION_XML))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$[0].code").value(400))
                    .andExpect(jsonPath("$[0].description", containsString("Only the JSON format")));
        }
    }

    @Test
    void anythingElseUnderTheBaseIsA404Array() throws Exception {
        fixture.mvc.perform(get("/open311/v2/tokens/abc.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        fixture.mvc.perform(delete("/open311/v2/requests.json"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void requestsDefaultToTheLast90DaysNewestFirst() throws Exception {
        fixture.tickets.add("road-damage", TicketStatus.RECEIVED, daysAgo(91), "old pothole", null);
        Ticket older = fixture.tickets.add("road-damage", TicketStatus.RECEIVED, daysAgo(89), "pothole", null);
        Ticket newer = fixture.tickets.add("traffic-signal-fault", TicketStatus.IN_PROGRESS, daysAgo(1), "dark",
                null);

        fixture.mvc.perform(get("/open311/v2/requests.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", contains(newer.id(), older.id())));
        assertThat(fixture.tickets.queries.get(0).from()).isEqualTo(Open311Fixture.NOW.minus(Duration.ofDays(90)));
        assertThat(fixture.tickets.queries.get(0).limit()).isEqualTo(1000);
    }

    @Test
    void aRequestShowsEveryFieldOfTheSpecWithNullsWhereUnknown() throws Exception {
        Ticket ticket = fixture.tickets.add("traffic-signal-fault", TicketStatus.IN_PROGRESS,
                Instant.parse("2026-03-01T00:15:30.123Z"), "보행신호가 켜지지 않음", null);

        fixture.mvc.perform(get("/open311/v2/requests/" + ticket.id() + ".json").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id").value(ticket.id()))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("In progress"))
                .andExpect(jsonPath("$[0].service_name").value("Traffic signal fault"))
                .andExpect(jsonPath("$[0].service_code").value("traffic-signal-fault"))
                .andExpect(jsonPath("$[0].description").value(nullValue()))
                .andExpect(jsonPath("$[0].agency_responsible").value("Traffic Signal Team"))
                .andExpect(jsonPath("$[0].service_notice").value(nullValue()))
                .andExpect(jsonPath("$[0].requested_datetime").value("2026-03-01T09:15:30+09:00"))
                .andExpect(jsonPath("$[0].updated_datetime").value("2026-03-01T10:15:30+09:00"))
                .andExpect(jsonPath("$[0].expected_datetime").value(nullValue()))
                .andExpect(jsonPath("$[0].address").value("Gyeongan Intersection"))
                .andExpect(jsonPath("$[0].address_id").value("gyeongan-intersection"))
                .andExpect(jsonPath("$[0].zipcode").value(nullValue()))
                .andExpect(jsonPath("$[0].lat").value(37.4172))
                .andExpect(jsonPath("$[0].long").value(127.2557))
                .andExpect(jsonPath("$[0].media_url").value(nullValue()))
                .andExpect(jsonPath("$[0].lon").doesNotExist());
    }

    @Test
    void theStatusAndTheCentersNoteAreTheStatusNotes() throws Exception {
        Ticket filed = fixture.tickets.add("road-damage", TicketStatus.RESOLVED, daysAgo(2), "pothole", null);
        fixture.tickets.tickets.set(0, new Ticket(filed.id(), filed.serviceCode(), filed.intent(), filed.department(),
                filed.description(), filed.placeId(), filed.location(), filed.lat(), filed.lon(), filed.observedWhen(),
                filed.contact(), filed.language(), filed.channel(), filed.conversationId(), filed.status(),
                filed.createdAt(), filed.updatedAt(), "GJ-2026-118230", "Patched on 3 March", null));

        fixture.mvc.perform(get("/open311/v2/requests/" + filed.id() + ".json"))
                .andExpect(jsonPath("$[0].status").value("closed"))
                .andExpect(jsonPath("$[0].status_notes").value("처리 완료: Patched on 3 March"))
                .andExpect(jsonPath("$[0].extended_status").value("resolved"))
                .andExpect(jsonPath("$[0].center_request_id").doesNotExist());
    }

    @Test
    void anUnknownRequestIsA404Array() throws Exception {
        fixture.mvc.perform(get("/open311/v2/requests/SC-2026-999999.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description", containsString("SC-2026-999999")));
    }

    @Test
    void noneOfTheCitizensOwnWordsContactOrConversationShow() throws Exception {
        fixture.tickets.add("road-damage", TicketStatus.RECEIVED, daysAgo(1),
                "Big pothole, call me at 010 1234 5678 or kim@example.com, Kim Minsu, car 12가3456 hit it",
                "in front of Park Jiwoo's house, unit 1203, near Gyeongan Intersection", "Kim Minsu, 010-1234-5678");

        String body = fixture.mvc.perform(get("/open311/v2/requests.json").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value(nullValue()))
                .andExpect(jsonPath("$[0].address").value("Gyeongan Intersection"))
                .andExpect(jsonPath("$[0].service_name").value("Road damage"))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("010", "kim@example.com", "Kim Minsu", "Park Jiwoo", "1203", "12가3456",
                "pothole", "conversation-secret-id", "contact", "conversation");
    }

    private static Instant daysAgo(int days) {
        return Open311Fixture.NOW.minus(Duration.ofDays(days));
    }
}
