package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.tickets.Tickets;
import city.civic.knowledge.UnansweredQuestions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Conversations through the real HTTP port: answers, reports, tickets, hand-off. */
@IntegrationTest
class TurnApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UnansweredQuestions unanswered;

    TurnApi api;

    @BeforeEach
    void client() {
        api = new TurnApi(port);
    }

    @Test
    void greetsInBothLanguagesWhenTheLanguageIsUnknown() {
        TurnApi.Response started = api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":null}");

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().get("conversationId").asString()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(started.body().get("token").asString()).isNotBlank();
        assertThat(started.body().get("messages")).extracting(m -> m.get("language").asString())
                .containsExactly("ko", "en");
        assertThat(started.reply(1).get("quickReplies")).isNotEmpty();
    }

    @Test
    void answersACityQuestionFromTheKnowledgeBaseWithItsSource() {
        String id = api.start("en");

        JsonNode reply = api.say(id, "How can I get a copy of my resident registration?").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("faq");
        assertThat(reply.get("text").asString()).containsIgnoringCase("Government24");
        assertThat(reply.get("sources").get(0).get("id").asString()).isEqualTo("faq.resident-registration-certificate");
        assertThat(reply.get("handoff").asBoolean()).isFalse();
    }

    @Test
    void answersInKoreanWhenAskedInKorean() {
        String id = api.start("en");

        JsonNode reply = api.say(id, "주민등록등본은 어떻게 발급받나요?").reply(0);

        assertThat(reply.get("language").asString()).isEqualTo("ko");
        assertThat(reply.get("sources").get(0).get("id").asString()).isEqualTo("faq.resident-registration-certificate");
    }

    @Test
    void admitsNotKnowingAndQueuesTheQuestionForADepartment() {
        String id = api.start("en");

        JsonNode reply = api.say(id, "Does the city lend out telescopes for stargazing?").reply(0);

        assertThat(reply.get("text").asString()).contains("don't have a confirmed answer");
        assertThat(unanswered.recent(50)).anySatisfy(q -> {
            assertThat(q.question()).contains("telescopes");
            assertThat(q.conversationId()).isEqualTo(id);
            assertThat(q.department()).isNotBlank();
        });
    }

    @Test
    void filesAReportWithADigressionAndACorrectionThenTellsItsStatus() {
        String id = api.start("en");

        JsonNode first = api.say(id, "The traffic light at City Hall Intersection is completely dark").reply(0);
        assertThat(first.get("intent").asString()).isEqualTo("signal.fault.report");

        TurnApi.Response digression = api.say(id, "By the way, what are the city hall opening hours?");
        assertThat(digression.reply(0).get("intent").asString()).isEqualTo("faq");
        assertThat(digression.lastReply().get("text").asString()).startsWith("Back to your report");

        api.say(id, "around 3pm");
        JsonNode confirm = api.say(id, "010-1234-5678").lastReply();
        assertThat(confirm.get("text").asString()).contains("City Hall Intersection").contains("010-1234-5678");

        JsonNode corrected = api.say(id, "no, it was at Gyeongan Intersection").lastReply();
        assertThat(corrected.get("text").asString()).contains("Gyeongan Intersection").contains("Shall I file it");

        JsonNode filed = api.say(id, "yes").lastReply();
        String ticketId = filed.get("ticket").get("id").asString();
        assertThat(ticketId).matches("SC-\\d{4}-\\d{6}");
        assertThat(filed.get("ticket").get("status").asString()).isEqualTo("received");
        assertThat(filed.get("text").asString()).contains(ticketId);
        assertThat(tickets.find(ticketId)).hasValueSatisfying(ticket -> {
            assertThat(ticket.placeId()).isEqualTo("gyeongan-intersection");
            assertThat(ticket.department()).isEqualTo("traffic-signals");
            assertThat(ticket.contact()).isEqualTo("010-1234-5678");
            assertThat(ticket.conversationId()).isEqualTo(id);
        });

        String other = api.start("en");
        JsonNode status = api.say(other, "What is the status of " + ticketId.toLowerCase() + "?").reply(0);
        assertThat(status.get("intent").asString()).isEqualTo("ticket.status");
        assertThat(status.get("ticket").get("id").asString()).isEqualTo(ticketId);
        assertThat(status.get("text").asString()).contains("received");
    }

    @Test
    void aRetriedConfirmationFilesOneTicketAndGetsTheSameNumber() {
        String id = api.start("en");
        api.say(id, "There is a dead cat on Opo-ro near Opo-eup");
        api.say(id, "this morning");
        api.say(id, "no");
        long before = tickets.recent(1000).size();

        String confirm = "{\"text\":\"yes\",\"clientMessageId\":\"retry-1\"}";
        JsonNode first = api.post("/api/v1/conversations/" + id + "/messages", confirm).lastReply();
        JsonNode retried = api.post("/api/v1/conversations/" + id + "/messages", confirm).lastReply();

        assertThat(first.get("ticket").get("id").asString()).matches("SC-\\d{4}-\\d{6}");
        assertThat(retried).isEqualTo(first);
        assertThat(tickets.recent(1000)).hasSize((int) before + 1);
    }

    @Test
    void filesAReportInKorean() {
        String id = api.start(null);

        JsonNode first = api.say(id, "경안시장 앞 가로등이 꺼져서 너무 어두워요").reply(0);
        assertThat(first.get("intent").asString()).isEqualTo("streetlight.report");
        assertThat(first.get("language").asString()).isEqualTo("ko");

        api.say(id, "어젯밤부터요");
        JsonNode confirm = api.say(id, "없어요").lastReply();
        assertThat(confirm.get("text").asString()).contains("경안시장").contains("접수할까요");

        JsonNode filed = api.say(id, "네").lastReply();
        assertThat(filed.get("text").asString()).contains("접수 번호");
        assertThat(tickets.find(filed.get("ticket").get("id").asString())).hasValueSatisfying(ticket -> {
            assertThat(ticket.language()).isEqualTo("ko");
            assertThat(ticket.placeId()).isEqualTo("gyeongan-market");
            assertThat(ticket.observedWhen()).isEqualTo("어젯밤");
            assertThat(ticket.contact()).isNull();
        });
    }

    @Test
    void anEmergencyInKoreanIsAnsweredAtOnce() {
        String id = api.start("ko");

        JsonNode reply = api.say(id, "사람이 쓰러져서 숨을 안 쉬어요").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("emergency");
        assertThat(reply.get("text").asString()).contains("119");
    }

    @Test
    void aSecondReportOfTheSameProblemAtTheSamePlaceIsLinkedToTheFirst() {
        String first = fileStreetlightAtGwangjuStation();
        String second = api.start("en");
        api.say(second, "A street lamp is out in front of Gwangju Station");
        api.say(second, "skip");
        api.say(second, "skip");

        JsonNode filed = api.say(second, "yes").lastReply();

        assertThat(filed.get("text").asString()).contains("already reported").contains(first);
        assertThat(tickets.find(filed.get("ticket").get("id").asString()).orElseThrow().duplicateOf())
                .isEqualTo(first);
    }

    private String fileStreetlightAtGwangjuStation() {
        String id = api.start("en");
        api.say(id, "The streetlight outside Gwangju Station is broken");
        api.say(id, "since last night");
        api.say(id, "skip");
        return api.say(id, "yes").lastReply().get("ticket").get("id").asString();
    }

    @Test
    void cancelsAReportWithoutFilingIt() {
        String id = api.start("en");
        api.say(id, "There is a huge pothole on Gyeongchung-daero near Gwangju City Hall");
        long before = tickets.recent(1000).size();

        JsonNode reply = api.say(id, "never mind, cancel it").lastReply();

        assertThat(reply.get("text").asString()).contains("cancelled");
        assertThat(tickets.recent(1000)).hasSize((int) before);
    }

    @Test
    void anEmergencyIsAnsweredFirstEvenInTheMiddleOfAReport() {
        String id = api.start("en");
        api.say(id, "A dead deer is lying on Opo-ro");

        JsonNode reply = api.say(id, "oh no there's a car crash and someone is bleeding badly").reply(0);

        assertThat(reply.get("intent").asString()).isEqualTo("emergency");
        assertThat(reply.get("text").asString()).contains("112").contains("119");
    }

    @Test
    void handsOffWhenAskedForAPerson() {
        String id = api.start("ko");

        JsonNode reply = api.say(id, "상담원이랑 통화하고 싶어요").reply(0);

        assertThat(reply.get("handoff").asBoolean()).isTrue();
        assertThat(reply.get("language").asString()).isEqualTo("ko");
    }

    @Test
    void handsOffAfterTwoMisunderstandingsInARow() {
        String id = api.start("en");

        JsonNode first = api.say(id, "purple elephants sing loudly at midnight").reply(0);
        JsonNode second = api.say(id, "banana telescope quantum sandwich").reply(0);

        assertThat(first.get("handoff").asBoolean()).isFalse();
        assertThat(first.get("intent").asString()).isEqualTo("oos");
        assertThat(second.get("handoff").asBoolean()).isTrue();
    }

    @Test
    void exposesHealthAndDialogFigures() {
        api.say(api.start("en"), "hello");

        assertThat(api.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        String metrics = city.civic.security.StaffApi.admin(port).get("/actuator/prometheus").raw().body();
        assertThat(metrics).contains("civic_dialog_turns_total{channel=\"web\",intent=\"greeting\"")
                .contains("civic_dialog_turn_duration_seconds");
    }

    @Test
    void keepsTheTranscript() {
        String id = api.start("en");
        api.say(id, "hello");

        TurnApi.Response transcript = api.get("/api/v1/conversations/" + id);

        assertThat(transcript.status()).isEqualTo(200);
        assertThat(transcript.body().get("messages")).extracting(m -> m.get("role").asString())
                .containsExactly("bot", "citizen", "bot");
        assertThat(transcript.body().get("messages").get(1).get("text").asString()).isEqualTo("hello");
    }
}
