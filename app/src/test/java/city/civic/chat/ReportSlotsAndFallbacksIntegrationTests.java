package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.tickets.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each report slot takes only what fits it, and says what it awaits ({@code expects}); misunderstandings lead to a
 * person; a ticket number nobody has is answered as such. English and Korean, through the real HTTP port.
 */
@IntegrationTest
class ReportSlotsAndFallbacksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    TurnApi api;

    @BeforeEach
    void client() {
        api = new TurnApi(port);
    }

    @Test
    void theContactTakesOnlyAPhoneNumberOrAnEmail() {
        String id = api.start("en");
        api.say(id, "The traffic light at Gyeongan Intersection is completely dark");
        JsonNode asked = api.say(id, "just now").lastReply();
        assertThat(asked.get("expects").get("kind").asString()).isEqualTo("contact");

        JsonNode again = api.say(id, "yes").lastReply();

        assertThat(again.get("text").asString()).contains("010-1234-5678").contains("name@example.com");
        assertThat(again.get("expects").get("slot").asString()).isEqualTo("contact");
        JsonNode summary = api.say(id, "hong@example.com").lastReply();
        assertThat(summary.get("text").asString()).contains("Contact: hong@example.com");
        assertThat(summary.get("expects").get("kind").asString()).isEqualTo("confirm");
    }

    @Test
    void aPlaceNameIsNoPhoneNumberInKorean() {
        String id = api.start("ko");
        api.say(id, "경안사거리 신호등이 완전히 꺼져 있어요");
        api.say(id, "방금");

        JsonNode again = api.say(id, "광주역사거리").lastReply();

        assertThat(again.get("text").asString()).contains("010-1234-5678");
        assertThat(again.get("expects").get("kind").asString()).isEqualTo("contact");
        JsonNode summary = api.say(id, "건너뛸게요").lastReply();
        assertThat(summary.get("text").asString()).contains("연락처: 없음(익명)");
        JsonNode filed = api.say(id, "네").lastReply();
        assertThat(tickets.find(filed.get("ticket").get("id").asString()).orElseThrow().contact()).isNull();
    }

    @Test
    void aDescriptionIsNoTimeButJoinsTheDescription() {
        String id = api.start("en");
        JsonNode asked = api.say(id, "The streetlight in front of Gyeongan Market is broken").lastReply();
        assertThat(asked.get("expects").get("kind").asString()).isEqualTo("time");

        JsonNode again = api.say(id, "it is dark, no lights at all").lastReply();

        assertThat(again.get("text").asString()).contains("added that to the description").contains("I don't know");
        assertThat(again.get("expects").get("slot").asString()).isEqualTo("when");
        api.say(id, "I don't know");
        JsonNode summary = api.say(id, "skip").lastReply();
        assertThat(summary.get("text").asString()).contains("no lights at all").contains("When: not given");
    }

    @Test
    void aTimeIsAskedAgainWithAnExampleInKorean() {
        String id = api.start("ko");
        api.say(id, "경안시장 앞 가로등이 고장났어요");

        JsonNode again = api.say(id, "네").lastReply();

        assertThat(again.get("text").asString()).contains("모르겠어요");
        assertThat(again.get("expects").get("kind").asString()).isEqualTo("time");
        JsonNode next = api.say(id, "어젯밤").lastReply();
        assertThat(next.get("expects").get("kind").asString()).isEqualTo("contact");
    }

    @Test
    void aPlaceTheMapDoesNotKnowIsNotedOnlyOnceConfirmed() {
        String id = api.start("en");
        JsonNode asked = api.say(id, "There is a deep pothole in the road").lastReply();
        assertThat(asked.get("expects").get("kind").asString()).isEqualTo("place");
        assertThat(api.say(id, "yes").lastReply().get("expects").get("kind").asString()).isEqualTo("place");

        JsonNode confirm = api.say(id, "behind the blue bakery on the hill").lastReply();

        assertThat(confirm.get("text").asString()).contains("behind the blue bakery on the hill");
        assertThat(confirm.get("expects").get("kind").asString()).isEqualTo("confirm");
        assertThat(confirm.get("expects").get("slot").asString()).isEqualTo("where");
        JsonNode next = api.say(id, "yes").lastReply();
        assertThat(next.get("expects").get("kind").asString()).isEqualTo("time");
        api.say(id, "this morning");
        JsonNode summary = api.say(id, "skip").lastReply();
        assertThat(summary.get("text").asString()).contains("Where: behind the blue bakery on the hill");
    }

    @Test
    void aKoreanPlaceTheMapDoesNotKnowCanBeSaidAgain() {
        String id = api.start("ko");
        api.say(id, "도로에 큰 구멍이 생겼어요");

        JsonNode confirm = api.say(id, "파란 빵집 뒤쪽 언덕길").lastReply();
        assertThat(confirm.get("expects").get("kind").asString()).isEqualTo("confirm");
        JsonNode askedAgain = api.say(id, "아니요, 다시 말할게요").lastReply();
        assertThat(askedAgain.get("expects").get("kind").asString()).isEqualTo("place");

        JsonNode next = api.say(id, "경안시장 앞이에요").lastReply();
        assertThat(next.get("expects").get("kind").asString()).isEqualTo("time");
    }

    @Test
    void twoAnswersThatDoNotFitOfferACounsellor() {
        String id = api.start("en");
        api.say(id, "The traffic light at Gyeongan Intersection is completely dark");
        api.say(id, "just now");

        JsonNode first = api.say(id, "yes").lastReply();
        JsonNode second = api.say(id, "sure").lastReply();

        assertThat(first.get("quickReplies")).extracting(JsonNode::asString).doesNotContain("Talk to a counsellor");
        assertThat(second.get("quickReplies")).extracting(JsonNode::asString).contains("Talk to a counsellor");
        assertThat(second.get("text").asString()).contains("counsellor");
        assertThat(api.say(id, "Talk to a counsellor").lastReply().get("handoff").asBoolean()).isTrue();
    }

    @Test
    void twoKoreanAnswersThatDoNotFitOfferACounsellor() {
        String id = api.start("ko");
        api.say(id, "경안사거리 신호등이 완전히 꺼져 있어요");
        api.say(id, "방금");

        api.say(id, "네");
        JsonNode second = api.say(id, "광주역사거리").lastReply();

        assertThat(second.get("quickReplies")).extracting(JsonNode::asString).contains("상담사 연결");
        assertThat(api.say(id, "상담사 연결").lastReply().get("handoff").asBoolean()).isTrue();
    }

    @Test
    void handsOffAfterTwoMisunderstandingsInKorean() {
        String id = api.start("ko");

        JsonNode first = api.say(id, "보라색 코끼리가 한밤중에 노래해요").reply(0);
        JsonNode second = api.say(id, "바나나 망원경 양자 샌드위치").reply(0);

        assertThat(first.get("intent").asString()).isEqualTo("oos");
        assertThat(first.get("handoff").asBoolean()).isFalse();
        assertThat(first.get("quickReplies")).extracting(JsonNode::asString).contains("상담사 연결");
        assertThat(second.get("handoff").asBoolean()).isTrue();
    }

    @Test
    void handsOffAfterTwoWordlessMessages() {
        String id = api.start("en");

        JsonNode first = api.say(id, "🙂🙂").reply(0);
        JsonNode second = api.say(id, "?!?!").reply(0);

        assertThat(first.get("handoff").asBoolean()).isFalse();
        assertThat(second.get("handoff").asBoolean()).isTrue();
    }

    @Test
    void anEightDigitNumberIsNoTicketAndTheFormatIsShown() {
        String id = api.start("en");
        JsonNode asked = api.say(id, "I want to check the status of my report").lastReply();
        assertThat(asked.get("expects").get("kind").asString()).isEqualTo("ticket");

        JsonNode reply = api.say(id, "12345678").lastReply();

        assertThat(reply.get("text").asString()).contains("No ticket has the number 12345678")
                .contains("SC-2026-000123");
        assertThat(reply.get("quickReplies")).extracting(JsonNode::asString)
                .containsExactly("Look up another number", "Talk to a counsellor");
        assertThat(reply.get("expects").get("kind").asString()).isEqualTo("ticket");
        JsonNode again = api.say(id, "Look up another number").lastReply();
        assertThat(again.get("expects").get("kind").asString()).isEqualTo("ticket");
        assertThat(again.get("text").asString()).contains("SC-2026-000123");
    }

    @Test
    void aNumberAloneIsTakenForATicketNumber() {
        String id = api.start("en");

        JsonNode reply = api.say(id, "20261234").lastReply();

        assertThat(reply.get("intent").asString()).isEqualTo("ticket.status");
        assertThat(reply.get("text").asString()).contains("No ticket has the number 20261234");
    }

    @Test
    void aWellFormedUnknownTicketNumberIsSaidToBeUnknownInKorean() {
        String id = api.start("ko");

        JsonNode reply = api.say(id, "SC-2019-999999 처리 상황 알려 주세요").lastReply();

        assertThat(reply.get("text").asString()).contains("SC-2019-999999").contains("접수된 건이 없습니다")
                .contains("SC-2026-000123");
        assertThat(reply.get("quickReplies")).extracting(JsonNode::asString)
                .containsExactly("다른 번호로 다시 조회", "상담사 연결");
        JsonNode bare = api.say(id, "20261234").lastReply();
        assertThat(bare.get("text").asString()).contains("20261234").contains("접수된 건이 없습니다");
    }

    @Test
    void nothingIsAwaitedAfterAnAnswer() {
        TurnApi.Response started = api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"en\"}");
        assertThat(started.reply(0).has("expects")).isTrue();
        assertThat(started.reply(0).get("expects").isNull()).isTrue();
        String id = started.body().get("conversationId").asString();

        JsonNode answer = api.say(id, "How can I get a copy of my resident registration?").reply(0);

        assertThat(answer.get("expects").isNull()).isTrue();
    }
}
