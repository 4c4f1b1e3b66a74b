package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A ticket number is no key to anyone's words: by number, a stranger hears status, category, the coarse
 * place and the department's note; Open311 shows no free text. The reporter's own chat hears its details.
 */
@IntegrationTest
class TicketPrivacyIntegrationTests {

    static final String REPORT = "The traffic light at City Hall Intersection in front of Kim Minsu's shop is"
            + " completely dark, my resident number is 900101-1234567";

    @LocalServerPort
    int port;

    TurnApi api;
    String reporter;
    String ticketId;

    @BeforeEach
    void aCitizenFilesAReportWithPersonalDetails() {
        api = new TurnApi(port);
        reporter = api.start("en");
        api.say(reporter, REPORT);
        api.say(reporter, "around 3pm");
        api.say(reporter, "010-2345-6789");
        JsonNode filed = api.say(reporter, "yes").lastReply();
        ticketId = filed.get("ticket").get("id").asString();
    }

    @Test
    void aStrangerAskingByNumberHearsTheStatusCategoryAndCoarsePlaceOnly() {
        String stranger = api.start("en");

        JsonNode status = api.say(stranger, "What is the status of " + ticketId + "?").reply(0);

        assertThat(status.get("ticket").get("id").asString()).isEqualTo(ticketId);
        assertThat(status.get("text").asString()).contains(ticketId).contains("City Hall Intersection")
                .contains("received").doesNotContain("Kim Minsu", "900101", "1234567", "2345", "shop");
    }

    @Test
    void theReportersOwnConversationHearsItsDetails() {
        JsonNode status = api.say(reporter, "What is the status of " + ticketId + "?").reply(0);

        assertThat(status.get("text").asString()).contains("Kim Minsu");
    }

    @Test
    void openThreeElevenShowsNoFreeTextOfTheCitizen() {
        TurnApi.Response one = api.get("/open311/v2/requests/" + ticketId + ".json?lang=en");
        TurnApi.Response list = api.get("/open311/v2/requests.json?lang=en");

        assertThat(one.status()).isEqualTo(200);
        JsonNode request = one.body().get(0);
        assertThat(request.get("description").isNull()).isTrue();
        assertThat(request.get("address").asString()).isEqualTo("City Hall Intersection");
        assertThat(request.get("service_code").asString()).isEqualTo("traffic-signal-fault");
        for (String body : new String[] {one.raw().body(), list.raw().body()}) {
            assertThat(body).doesNotContain("Kim Minsu", "900101", "2345-6789", "completely dark", reporter);
        }
    }
}
