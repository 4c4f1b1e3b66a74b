package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Live traffic from the simulated ITS and GITS feeds, through the dialog, over HTTP. */
@IntegrationTest
class TrafficIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCitizenAsksAboutANamedRoadAndGetsLiveFiguresWithTheirTime() {
        var api = new TurnApi(port);
        String id = api.start("en");

        JsonNode reply = api.say(id, "Is Gyeongchung-daero jammed right now?").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("traffic.status");
        assertThat(reply.get("text").asString()).containsPattern("average speed \\d+ km/h")
                .containsPattern("observed at \\d\\d:\\d\\d");
    }

    @Test
    void koreanQuestionsGetKoreanFigures() {
        var api = new TurnApi(port);
        String id = api.start("ko");

        JsonNode reply = api.say(id, "지금 경충대로 많이 막히나요?").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("traffic.status");
        assertThat(reply.get("text").asString()).containsPattern("평균 시속 \\d+km");
    }

    @Test
    void eachIntegrationShowsInHealthWhileReadinessStaysUp() {
        var api = new TurnApi(port);

        JsonNode health = city.civic.security.StaffApi.admin(port).get("/actuator/health").body();

        assertThat(health.get("components").has("itsTraffic")).isTrue();
        assertThat(health.get("components").has("gitsTraffic")).isTrue();
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
