package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.tickets.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Corrections in the citizen's own words, at every step of a report and for every slot, in English and Korean:
 * never taken for a question, shown in the summary, filed with the corrected value.
 */
@IntegrationTest
class ReportCorrectionsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    TurnApi api;

    @BeforeEach
    void client() {
        api = new TurnApi(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not Opo Intersection but Gyeongan Intersection",
            "I meant Gyeongan Intersection",
            "actually it's Gyeongan Intersection",
            "wrong place, Gyeongan Intersection",
            "oops, wrong spot, it's the one at Gyeongan Intersection, not the one I said"})
    void correctsThePlaceWhileTheTimeIsAsked(String correction) {
        String id = api.start("en");
        JsonNode asked = api.say(id, "The traffic light at Opo Intersection is completely dark").lastReply();
        assertThat(asked.get("expects").get("slot").asString()).isEqualTo("when");

        JsonNode corrected = api.say(id, correction).lastReply();

        assertThat(corrected.get("intent").asString()).isEqualTo("signal.fault.report");
        assertThat(corrected.get("text").asString()).contains("Gyeongan Intersection");
        assertThat(corrected.get("expects").get("kind").asString()).isEqualTo("time");
        api.say(id, "just now");
        JsonNode summary = api.say(id, "skip").lastReply();
        assertThat(summary.get("text").asString()).contains("Where: Gyeongan Intersection")
                .doesNotContain("Where: Opo");
        assertThat(filedPlace(id, "yes")).isEqualTo("gyeongan-intersection");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "아니요, 경안사거리예요",
            "경안사거리로 정정할게요",
            "오포사거리 말고 경안사거리요",
            "오포사거리가 아니라 경안사거리예요",
            "위치가 잘못됐어요, 경안사거리예요"})
    void correctsThePlaceInKoreanAtTheSummary(String correction) {
        String id = api.start("ko");
        api.say(id, "오포사거리 신호등이 완전히 꺼져 있어요");
        api.say(id, "방금");
        JsonNode before = api.say(id, "없어요").lastReply();
        assertThat(before.get("text").asString()).contains("오포사거리");
        assertThat(before.get("expects").get("kind").asString()).isEqualTo("confirm");

        JsonNode summary = api.say(id, correction).lastReply();

        assertThat(summary.get("text").asString()).contains("위치: 경안사거리").contains("접수할까요");
        assertThat(filedPlace(id, "네")).isEqualTo("gyeongan-intersection");
    }

    @Test
    void theIssuesCorrectionIsNoQuestionAboutCityHall() {
        String id = api.start("en");
        api.say(id, "The traffic light at Opo Intersection is completely dark");
        api.say(id, "just now");
        api.say(id, "skip");

        TurnApi.Response corrected = api.say(id,
                "oops, wrong spot, it's the intersection by City Hall, not the one I said");

        assertThat(corrected.body().get("messages")).allSatisfy(reply -> {
            assertThat(reply.get("intent").asString()).isNotEqualTo("faq");
            assertThat(reply.get("sources")).isEmpty();
        });
        assertThat(corrected.lastReply().get("text").asString()).contains("City Hall").doesNotContain("Where: Opo");
        JsonNode filed = api.say(id, "yes").lastReply();
        assertThat(tickets.find(filed.get("ticket").get("id").asString()).orElseThrow().location())
                .contains("the intersection by City Hall").doesNotContain("Opo");
    }

    @Test
    void correctsTheTimeTheContactAndTheDetailsInEnglish() {
        String id = api.start("en");
        api.say(id, "The traffic light at Gyeongan Intersection is completely dark");
        api.say(id, "this morning");
        api.say(id, "010-1234-5678");

        assertThat(api.say(id, "I meant last night").lastReply().get("text").asString())
                .contains("When: last night");
        assertThat(api.say(id, "wrong number, it's hong@example.com").lastReply().get("text").asString())
                .contains("Contact: hong@example.com").doesNotContain("010-1234-5678");
        JsonNode summary = api.say(id, "actually the description is: the signal is stuck on red").lastReply();

        assertThat(summary.get("text").asString()).contains("the signal is stuck on red")
                .contains("When: last night").contains("Where: Gyeongan Intersection");
        JsonNode filed = api.say(id, "yes").lastReply();
        assertThat(tickets.find(filed.get("ticket").get("id").asString())).hasValueSatisfying(ticket -> {
            assertThat(ticket.observedWhen()).isEqualTo("last night");
            assertThat(ticket.contact()).isEqualTo("hong@example.com");
            assertThat(ticket.description()).contains("stuck on red");
        });
    }

    @Test
    void correctsTheTimeTheContactAndTheDetailsInKorean() {
        String id = api.start("ko");
        api.say(id, "경안사거리 신호등이 완전히 꺼져 있어요");
        api.say(id, "오늘 아침");
        api.say(id, "010-1234-5678");

        assertThat(api.say(id, "아니요, 어젯밤이에요").lastReply().get("text").asString()).contains("시간: 어젯밤");
        assertThat(api.say(id, "010-9876-5432로 정정할게요").lastReply().get("text").asString())
                .contains("연락처: 010-9876-5432");
        JsonNode summary = api.say(id, "내용은 빨간불에서 안 바뀌어요").lastReply();

        assertThat(summary.get("text").asString()).contains("빨간불에서 안 바뀌어요").contains("시간: 어젯밤");
        JsonNode filed = api.say(id, "네").lastReply();
        assertThat(tickets.find(filed.get("ticket").get("id").asString())).hasValueSatisfying(ticket -> {
            assertThat(ticket.observedWhen()).isEqualTo("어젯밤");
            assertThat(ticket.contact()).isEqualTo("010-9876-5432");
            assertThat(ticket.placeId()).isEqualTo("gyeongan-intersection");
        });
    }

    @Test
    void anEmergencySaidInTheMiddleOfACorrectionIsAnsweredFirst() {
        String id = api.start("en");
        api.say(id, "The traffic light at Opo Intersection is completely dark");

        JsonNode reply = api.say(id, "not Opo but Gyeongan Intersection, oh no a car just hit a cyclist and he is "
                + "bleeding badly").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("emergency");
        assertThat(reply.get("text").asString()).contains("112").contains("119");
    }

    @Test
    void anEmergencySaidInTheMiddleOfAKoreanCorrectionIsAnsweredFirst() {
        String id = api.start("ko");
        api.say(id, "오포사거리 신호등이 완전히 꺼져 있어요");

        JsonNode reply = api.say(id, "아니요 경안사거리예요, 그런데 지금 사람이 차에 치여서 피를 많이 흘려요").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("emergency");
        assertThat(reply.get("text").asString()).contains("112").contains("119");
    }

    private String filedPlace(String id, String yes) {
        JsonNode filed = api.say(id, yes).lastReply();
        return tickets.find(filed.get("ticket").get("id").asString()).orElseThrow().placeId();
    }
}
