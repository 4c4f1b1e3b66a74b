package city.civic.backoffice.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import city.civic.security.StaffApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Outside counsellors' hours a hand-off becomes a callback ticket, and the citizen is told so, with when a
 * counsellor will call. Deterministic: counsellors work every day, around the clock, except today and tomorrow
 * in the city's zone (holidays), so whenever the test runs they are away until the day after tomorrow.
 */
@IntegrationTest
@DirtiesContext // a context of its own: closed after this class so the suite does not keep two platforms in memory
@TestPropertySource(properties = {"civic.handoff.hours=MON-SUN 00:00-24:00", "civic.voice.enabled=false"})
class OutsideCounsellorsHoursIntegrationTests {

    static final ZoneId CITY = ZoneId.of("Asia/Seoul");

    @DynamicPropertySource
    static void awayTodayAndTomorrow(DynamicPropertyRegistry registry) {
        LocalDate today = LocalDate.now(CITY);
        registry.add("civic.handoff.holidays", () -> today + "," + today.plusDays(1));
    }

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Test
    void theCitizenIsToldHonestlyAndGivesANumberForACallbackTicket() {
        var citizen = new TurnApi(port);
        String id = citizen.start("en");
        citizen.say(id, "purple elephants sing loudly at midnight");
        citizen.say(id, "banana telescope quantum sandwich");
        LocalDate back = LocalDate.now(CITY).plusDays(2);

        JsonNode offer = citizen.say(id, "Talk to a counsellor").lastReply();
        JsonNode filed = citizen.say(id, "010-2345-6789").lastReply();

        assertThat(offer.get("handoff").asBoolean()).as("nobody is coming now").isFalse();
        assertThat(offer.get("text").asString()).contains("No counsellor is answering chats right now")
                .contains("callback request").contains("phone number")
                .contains(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(back));
        String ticketId = filed.get("ticket").get("id").asString();
        assertThat(filed.get("text").asString()).contains(ticketId).contains("010-2345-6789");
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        assertThat(ticket.serviceCode()).isEqualTo("counsellor-callback");
        assertThat(ticket.department()).isEqualTo("citizen-communication");
        assertThat(ticket.contact()).isEqualTo("010-2345-6789");
        assertThat(ticket.conversationId()).isEqualTo(id);
        assertThat(ticket.description()).contains("Callback requested outside counsellors' hours")
                .contains("purple elephants").contains("not_understood").doesNotContain("2345");
        assertThat(StaffApi.admin(port).get("/admin/api/handoffs").body().valueStream()
                .noneMatch(h -> h.get("conversationId").asString().equals(id))).as("no live hand-off").isTrue();
    }

    @Test
    void aKoreanCitizenHearsItInKoreanAndMayDecline() {
        var citizen = new TurnApi(port);
        String id = citizen.start("ko");

        JsonNode offer = citizen.say(id, "상담원이랑 통화하고 싶어요").lastReply();
        JsonNode declined = citizen.say(id, "아니요").lastReply();

        assertThat(offer.get("text").asString()).contains("지금은 채팅 상담을 하는 상담사가 없습니다")
                .contains("회신 요청");
        assertThat(declined.get("text").asString()).contains("회신 요청은 접수하지 않았습니다");
        assertThat(declined.get("ticket").isNull()).isTrue();
    }

    @Test
    void aContactGivenEarlierInAReportIsUsedWithoutAsking() {
        var citizen = new TurnApi(port);
        String id = citizen.start("en");
        citizen.say(id, "The streetlight in front of Gyeongan Market is out, call me on 010-3456-7890");

        JsonNode filed = citizen.say(id, "Talk to a counsellor").lastReply();

        assertThat(filed.get("ticket").get("id").asString()).startsWith("SC-");
        assertThat(tickets.find(filed.get("ticket").get("id").asString()).orElseThrow().contact())
                .isEqualTo("010-3456-7890");
    }
}
