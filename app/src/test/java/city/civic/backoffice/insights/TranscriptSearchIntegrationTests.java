package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /admin/api/transcripts}: conversations made through the turn API are found by the outcome they
 * reached, their intents and channel; every staff role may search, strangers may not; bad parameters are
 * refused with their own code.
 */
@IntegrationTest
class TranscriptSearchIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));
    static final String AROUND_TODAY = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

    @LocalServerPort
    int port;

    @Test
    void eachConversationIsFoundUnderTheOutcomeItReached() {
        var citizen = new TurnApi(port);
        String answered = citizen.start("en");
        citizen.say(answered, "How can I get a copy of my resident registration?");
        String filed = citizen.start("en");
        citizen.say(filed, "The streetlight outside Gwangju Station is broken");
        citizen.say(filed, "since last night");
        citizen.say(filed, "skip");
        assertThat(citizen.say(filed, "yes").lastReply().get("ticket").isNull()).isFalse();
        String handedOff = citizen.start("ko");
        citizen.say(handedOff, "상담원이랑 통화하고 싶어요");
        String emergency = citizen.start("ko");
        citizen.say(emergency, "사람이 쓰러져서 숨을 안 쉬어요");
        String abandoned = citizen.start("en");
        citizen.say(abandoned, "There is a huge pothole on Gyeongchung-daero near Gwangju City Hall");

        var staff = StaffApi.admin(port);
        assertThat(find(staff, "outcome=answered", answered)).hasValueSatisfying(item -> {
            assertThat(item.get("intents").get(0).asString()).isEqualTo("faq");
            assertThat(item.get("turns").asInt()).isEqualTo(1);
            assertThat(item.get("channel").asString()).isEqualTo("web");
        });
        assertThat(find(staff, "outcome=ticket_filed", filed)).hasValueSatisfying(
                item -> assertThat(item.get("turns").asInt()).isEqualTo(4));
        assertThat(find(staff, "outcome=handed_off", handedOff)).isPresent();
        assertThat(find(staff, "outcome=emergency", emergency)).isPresent();
        assertThat(find(staff, "outcome=abandoned", abandoned)).hasValueSatisfying(
                item -> assertThat(item.get("intents").get(0).asString()).isEqualTo("road.damage.report"));
        assertThat(find(staff, "outcome=answered", abandoned)).isEmpty();
    }

    @Test
    void searchNarrowsByIntentAndChannel() {
        var citizen = new TurnApi(port);
        String id = citizen.start("en");
        citizen.say(id, "How can I get a copy of my resident registration?");
        var staff = StaffApi.admin(port);

        assertThat(find(staff, "intent=faq&channel=web", id)).isPresent();
        assertThat(find(staff, "intent=FAQ", id)).as("intents are matched without regard to case").isPresent();
        assertThat(find(staff, "intent=emergency", id)).isEmpty();
        assertThat(find(staff, "channel=phone", id)).isEmpty();
        assertThat(find(staff, "from=" + TODAY.minusDays(3) + "&to=" + TODAY.minusDays(2), id)).isEmpty();
    }

    @Test
    void theAnswerIsAPageOfSummariesWithoutWhatCitizensTyped() {
        var citizen = new TurnApi(port);
        String id = citizen.start("en");
        citizen.say(id, "Call me on 010-4444-5555 about the pothole");

        StaffApi.Response found = StaffApi.admin(port).get("/admin/api/transcripts?" + AROUND_TODAY);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().propertyNames()).containsExactly("from", "to", "page", "pageSize", "total", "pages",
                "items");
        assertThat(found.body().get("pageSize").asInt()).isEqualTo(25);
        assertThat(found.body().get("items").get(0).propertyNames()).containsExactly("conversationId", "channel",
                "language", "startedAt", "lastActiveAt", "outcome", "turns", "unansweredTurns", "intents");
        // the number in any form, not its digits alone: a timestamp's fraction may hold "4444"
        assertThat(found.raw().body()).doesNotContain("4444-5555").doesNotContain("44445555");
    }

    @Test
    void everyStaffRoleMaySearchAndStrangersMayNot() {
        for (String role : new String[] {"OFFICIAL", "REVIEWER", "OPERATOR", "ADMIN"}) {
            var staff = Staffers.as(port, Staffers.create(port, role.toLowerCase(), role));
            assertThat(staff.get("/admin/api/transcripts").status()).as(role).isEqualTo(200);
        }
        StaffApi.Response stranger = new StaffApi(port, null, null).get("/admin/api/transcripts");
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.body().get("error").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void badParametersAreRefusedWithTheirOwnCode() {
        var staff = StaffApi.admin(port);
        Map<String, String> refusals = Map.of(
                "from=2026-13-01", "date.invalid",
                "to=yesterday", "date.invalid",
                "from=2026-03-02&to=2026-03-01", "range.reversed",
                "from=2024-01-01&to=2026-01-01", "range.too_long",
                "channel=fax", "channel.invalid",
                "outcome=happy", "outcome.invalid",
                "intent=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "intent.invalid",
                "intent=" + "a".repeat(65), "intent.invalid",
                "page=-1", "page.invalid",
                "page=two", "page.invalid");
        refusals.forEach((query, code) -> {
            StaffApi.Response refused = staff.get("/admin/api/transcripts?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().get("error").asString()).as(query).isEqualTo(code);
            assertThat(refused.raw().body()).as(query).doesNotContain("<script>");
        });
    }

    /** Pages through the search until the conversation turns up. */
    static Optional<JsonNode> find(StaffApi staff, String query, String conversationId) {
        for (int page = 0; ; page++) {
            String range = query.contains("from=") ? "" : AROUND_TODAY + "&";
            StaffApi.Response found = staff.get("/admin/api/transcripts?" + range + query + "&page=" + page);
            assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
            for (JsonNode item : found.body().get("items")) {
                if (item.get("conversationId").asString().equals(conversationId)) {
                    return Optional.of(item);
                }
            }
            if (page + 1 >= found.body().get("pages").asInt()) {
                return Optional.empty();
            }
        }
    }
}
