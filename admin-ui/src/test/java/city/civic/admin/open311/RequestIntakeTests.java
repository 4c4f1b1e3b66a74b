package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.TicketChannel;
import city.civic.dialog.content.LocalizedText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** POST requests.json: a form post files a ticket like a chat report does, or is refused as the spec says. */
class RequestIntakeTests {

    final Open311Fixture fixture = new Open311Fixture();

    @Test
    void aFormPostFilesATicketAndAnnouncesIt() throws Exception {
        postForm(form("api_key", Open311Fixture.KEY, "service_code", "traffic-signal-fault",
                "lat", "37.4172", "long", "127.2557", "address_string", "경기도 광주시 경안동 경안사거리",
                "description", "보행신호가 켜지지 않음", "attribute[observed_when]", "오늘 아침",
                "phone", "010-0000-0000", "email", "kim@example.com", "first_name", "민수", "last_name", "김"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id").value("SC-2026-000001"))
                .andExpect(jsonPath("$[0].service_notice").value(
                        "교통신호팀에 신고가 접수되었습니다. 접수 번호는 SC-2026-000001입니다. 이 번호로 언제든 처리 상황을 물어보실 수 있어요."))
                .andExpect(jsonPath("$[0].account_id").value(nullValue()))
                .andExpect(jsonPath("$[0].token").doesNotExist());

        Ticket ticket = fixture.tickets.tickets.get(0);
        assertThat(ticket.serviceCode()).isEqualTo("traffic-signal-fault");
        assertThat(ticket.intent()).isEqualTo("signal.fault.report");
        assertThat(ticket.department()).isEqualTo("traffic-signals");
        assertThat(ticket.description()).isEqualTo("보행신호가 켜지지 않음");
        assertThat(ticket.location()).isEqualTo("경기도 광주시 경안동 경안사거리");
        assertThat(ticket.lat()).isEqualTo(37.4172);
        assertThat(ticket.lon()).isEqualTo(127.2557);
        assertThat(ticket.observedWhen()).isEqualTo("오늘 아침");
        assertThat(ticket.contact()).isEqualTo("민수 김, 010-0000-0000, kim@example.com");
        assertThat(ticket.language()).isEqualTo("ko");
        assertThat(ticket.channel()).isEqualTo(TicketChannel.API);
        assertThat(ticket.conversationId()).isNull();
        assertThat(fixture.events).containsExactly(
                new TicketFiled("SC-2026-000001", "traffic-signal-fault", "traffic-signals", null));
    }

    @Test
    void coordinatesAloneAreALocationAndLangEnAnswersInEnglish() throws Exception {
        postForm(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "lat", "37.4", "long", "127.25",
                "lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_notice").value(
                        "Your report has been filed with the Road Maintenance Division. Your ticket number is"
                                + " SC-2026-000001. You can ask me about it any time with that number."));
        Ticket ticket = fixture.tickets.tickets.get(0);
        assertThat(ticket.location()).isEqualTo("37.400000, 127.250000");
        assertThat(ticket.description()).as("the category's name, as the chat flow does").isEqualTo("Road damage");
        assertThat(ticket.language()).isEqualTo("en");
        assertThat(ticket.contact()).isNull();
    }

    @Test
    void anAddressIdIsAGazetteerPlace() throws Exception {
        postForm(form("api_key", Open311Fixture.KEY, "service_code", "road-damage",
                "address_id", "gyeongan-intersection", "description", "pothole"))
                .andExpect(status().isOk());
        Ticket ticket = fixture.tickets.tickets.get(0);
        assertThat(ticket.placeId()).isEqualTo("gyeongan-intersection");
        assertThat(ticket.location()).isEqualTo("경안사거리");
        assertThat(ticket.lat()).isEqualTo(37.4172);
    }

    @Test
    void aJsonPostIsReadAsTheSameFields() throws Exception {
        fixture.mvc.perform(post("/open311/v2/requests.json").param("api_key", Open311Fixture.KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"service_code":"road-damage","lat":37.4172,"long":127.2557,"description":"pothole",
                                 "lang":"en","attribute":{"observed_when":"yesterday"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value("SC-2026-000001"));
        assertThat(fixture.tickets.tickets.get(0).observedWhen()).isEqualTo("yesterday");
        assertThat(fixture.events).hasSize(1);
    }

    @Test
    void malformedJsonIsA400Array() throws Exception {
        fixture.mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400));
    }

    @Test
    void aMissingServiceCodeIs400() throws Exception {
        expectRefused(form("api_key", Open311Fixture.KEY, "lat", "37.4", "long", "127.2"), 400,
                "service_code is required.");
    }

    @Test
    void anUnknownServiceCodeIs404() throws Exception {
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "snow", "lat", "37.4", "long", "127.2"),
                404, "service_code snow was not found");
    }

    @Test
    void aLocationIsRequired() throws Exception {
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "description", "x"), 400,
                "A location is required");
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "lat", "37.4"), 400,
                "lat and long must be sent together.");
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "lat", "north",
                "long", "127.2"), 400, "lat must be a WGS84 degree");
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "address_id", "atlantis"),
                400, "address_id atlantis is not a known place.");
    }

    @Test
    void anEmptyParameterIsAnAbsentOne() throws Exception {
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "", "address_string", "  "), 400,
                "service_code is required.");
    }

    @Test
    void aDescriptionOver4000CharactersIsRefused() throws Exception {
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "address_string", "here",
                "description", "x".repeat(4001)), 400, "description may be at most 4,000 characters.");
        postForm(form("api_key", Open311Fixture.KEY, "service_code", "road-damage", "address_string", "here",
                "description", "x".repeat(4000)))
                .andExpect(status().isOk());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        postForm(form("api_key", Open311Fixture.KEY, "description", "x".repeat(4001), "lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].description").value("service_code is required."))
                .andExpect(jsonPath("$[3].description").value("lang must be en or ko."));
        assertThat(fixture.tickets.tickets).isEmpty();
    }

    @Test
    void aRequiredObservedWhenMustBeAnswered() throws Exception {
        fixture.content.categories.add(FakeCityContent.category("parking.report", "illegal-parking",
                "road-maintenance", new LocalizedText("Illegal parking", "불법 주정차"), true));
        fixture.mvc.perform(get("/open311/v2/services/illegal-parking.json"))
                .andExpect(jsonPath("$.attributes[0].required").value(true));
        expectRefused(form("api_key", Open311Fixture.KEY, "service_code", "illegal-parking", "address_string", "here"),
                400, "attribute[observed_when] is required for this service.");
    }

    @Test
    void aWrongOrMissingApiKeyIs403() throws Exception {
        expectRefused(form("api_key", "guess", "service_code", "road-damage", "address_string", "here"), 403,
                "api_key is not valid.");
        expectRefused(form("service_code", "road-damage", "address_string", "here"), 403,
                "api_key is required to file a service request.");
        assertThat(fixture.tickets.tickets).isEmpty();
        assertThat(fixture.events).isEmpty();
    }

    @Test
    void withoutConfiguredKeysFilingIsSwitchedOff() throws Exception {
        var closed = new Open311Fixture(List.of());
        closed.mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("api_key", "", "service_code", "road-damage", "address_string", "here")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description", containsString("not enabled")));
        assertThat(closed.tickets.tickets).isEmpty();
    }

    @Test
    void anXmlPostIsRefusedAndFilesNothing() throws Exception {
        fixture.mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("api_key", Open311Fixture.KEY, "service_code", "road-damage",
                                "address_string", "here")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
        assertThat(fixture.tickets.tickets).isEmpty();
    }

    private ResultActions postForm(String body) throws Exception {
        return fixture.mvc.perform(post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body));
    }

    private void expectRefused(String body, int status, String description) throws Exception {
        postForm(body).andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].code").value(status))
                .andExpect(jsonPath("$[0].description", containsString(description)));
    }

    /** An application/x-www-form-urlencoded body, UTF-8, as the spec sends it. */
    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
