package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's own GeoReport v2 API over the real port: the tickets chat and phone filed are there. */
@IntegrationTest
class Open311IntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void servicesAreTheCitysReportCategories() throws Exception {
        JsonNode services = get("/open311/v2/services.json?lang=en");

        assertThat(services.valueStream().map(s -> s.get("service_code").asString()))
                .contains("traffic-signal-fault");
        assertThat(get("/open311/v2/services/traffic-signal-fault.json").get("service_code").asString())
                .isEqualTo("traffic-signal-fault");
    }

    @Test
    void aTicketFiledByPhoneIsVisibleWithoutTheCitizensContact() throws Exception {
        Ticket ticket = tickets.file(new Tickets.NewTicket("traffic-signal-fault", "signal.fault.report",
                "traffic-signals", "Signal dark since this morning", "city-hall-intersection",
                "City Hall Intersection", 37.4275, 127.2582, "this morning", "010-9876-5432", "ko", TicketChannel.PHONE,
                null));

        JsonNode request = get("/open311/v2/requests/" + ticket.id() + ".json").get(0);

        assertThat(request.get("service_request_id").asString()).isEqualTo(ticket.id());
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("requested_datetime").asString()).endsWith("+09:00");
        assertThat(request.toString()).doesNotContain("010-9876-5432");
        assertThat(get("/open311/v2/requests.json?service_code=traffic-signal-fault").valueStream()
                .map(r -> r.get("service_request_id").asString())).contains(ticket.id());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
