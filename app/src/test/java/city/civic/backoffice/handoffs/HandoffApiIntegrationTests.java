package city.civic.backoffice.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff JSON API of hand-offs over real HTTP with HTTP Basic, and agent mode as the citizen sees it through
 * the turn API: after a pick-up the bot is silent, the counsellor's words are in the transcript as role
 * {@code agent}, and closing hands the conversation back to the bot.
 */
@IntegrationTest
class HandoffApiIntegrationTests {

    static final String ASK_FOR_A_PERSON = "Talk to a counsellor";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffAudit audit;

    TurnApi citizen;
    Counsellor operator;

    @BeforeEach
    void setUp() {
        citizen = new TurnApi(port);
        operator = Counsellor.create(port, accounts, passwords, "operator", StaffRole.OPERATOR);
    }

    /** A web chat whose citizen asked for a person, waiting for a counsellor. */
    String handedOffChat(String language) {
        String id = citizen.start(language);
        JsonNode reply = citizen.say(id, ASK_FOR_A_PERSON).lastReply();
        assertThat(reply.get("handoff").asBoolean()).as(reply.toString()).isTrue();
        return id;
    }

    @Test
    void onlyOperatorsAndAdministratorsMayWorkHandoffsAndStrangersMustSignIn() {
        String id = handedOffChat("en");
        var official = Counsellor.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        var reviewer = Counsellor.create(port, accounts, passwords, "reviewer", StaffRole.REVIEWER, StaffRole.OFFICIAL);
        var stranger = new StaffApi(port, null, null);

        for (Counsellor refused : List.of(official, reviewer)) {
            assertThat(refused.list().status()).isEqualTo(403);
            assertThat(refused.pickUp(id, "Mina").status()).isEqualTo(403);
            assertThat(refused.say(id, "hello").status()).isEqualTo(403);
            assertThat(refused.handBack(id).status()).isEqualTo(403);
            assertThat(refused.close(id).status()).isEqualTo(403);
        }
        assertThat(stranger.get("/admin/api/handoffs").status()).isEqualTo(401);
        for (String action : List.of("pickup", "messages", "handback", "close")) {
            assertThat(stranger.postJson(Counsellor.path(id, action), "{\"name\":\"x\",\"text\":\"x\"}").status())
                    .as(action).isEqualTo(401);
        }
        assertThat(operator.inList(id).get("status").asString()).as("nothing changed").isEqualTo("waiting");
        var admin = new Counsellor(StaffApi.ADMIN, StaffApi.admin(port));
        assertThat(admin.list().status()).isEqualTo(200);
    }

    @Test
    void aHandoffIsListedWithAStructuredSummaryWithPersonalDataMasked() {
        String id = citizen.start("en");
        citizen.say(id, "How do I get a resident registration certificate?");
        citizen.say(id, "purple elephants sing at 010-2345-6789 loudly");
        JsonNode handoff = citizen.say(id, "banana telescope quantum sandwich").lastReply();
        assertThat(handoff.get("handoff").asBoolean()).isTrue();

        JsonNode listed = operator.inList(id);

        assertThat(listed.get("channel").asString()).isEqualTo("web");
        assertThat(listed.get("status").asString()).isEqualTo("waiting");
        assertThat(listed.get("since").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(listed.get("reason").asString()).isEqualTo("repeated-misunderstanding");
        JsonNode summary = listed.get("summary");
        assertThat(summary.get("citizenWants").asString()).contains("purple elephants").contains("[redacted]")
                .contains("banana telescope").doesNotContain("2345");
        assertThat(summary.get("topic").asString()).isEqualTo("faq");
        assertThat(summary.get("botTried").valueStream().map(step -> step.get("action").asString()).toList())
                .contains("answered", "not_understood");
        assertThat(listed.toString()).doesNotContain("6789");
    }

    @Test
    void afterPickUpTheBotIsSilentAndTheCitizensMessagesAreKept() {
        String id = handedOffChat("en");

        StaffApi.Response picked = operator.pickUp(id, "Mina");
        TurnApi.Response turn = citizen.say(id, "My streetlight has been out for a week");

        assertThat(picked.status()).isEqualTo(200);
        assertThat(picked.body().get("status").asString()).isEqualTo("active");
        assertThat(picked.body().get("counsellor").asString()).isEqualTo("Mina");
        assertThat(turn.status()).isEqualTo(200);
        assertThat(turn.body().get("messages").size()).as("no bot reply").isZero();
        List<JsonNode> messages = transcript(id);
        assertThat(messages.get(messages.size() - 1).get("role").asString()).isEqualTo("citizen");
        assertThat(messages.get(messages.size() - 1).get("text").asString()).contains("streetlight");
        assertThat(messages).anySatisfy(m -> assertThat(m.get("text").asString()).contains("Mina, a counsellor"));
    }

    @Test
    void theCounsellorsMessageIsInTheCitizensTranscriptAsAgentAndClosingHandsBackToTheBot() {
        String id = handedOffChat("en");
        operator.pickUp(id, "Mina");

        StaffApi.Response sent = operator.say(id, "Hello, I am Mina. Where is the streetlight?");

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().get("role").asString()).isEqualTo("agent");
        JsonNode agent = transcript(id).stream().filter(m -> m.get("role").asString().equals("agent")).findFirst()
                .orElseThrow();
        assertThat(agent.get("text").asString()).isEqualTo("Hello, I am Mina. Where is the streetlight?");
        assertThat(agent.get("reply").get("agent").get("name").asString()).isEqualTo("Mina");
        assertThat(agent.get("reply").get("text").asString()).isEqualTo(agent.get("text").asString());

        StaffApi.Response closed = operator.close(id);
        TurnApi.Response after = citizen.say(id, "How do I get a resident registration certificate?");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("closed");
        assertThat(operator.inList(id)).as("no longer open").isNull();
        assertThat(after.body().get("messages").size()).as("the bot answers again").isPositive();
        assertThat(after.lastReply().get("text").asString()).contains("Government24");
        assertThat(transcript(id)).anySatisfy(m -> assertThat(m.get("text").asString())
                .contains("Mina has closed the conversation"));
    }

    @Test
    void handingBackLetsTheBotAnswerAndTellsTheCitizen() {
        String id = citizen.start("ko");
        assertThat(citizen.say(id, "상담원이랑 통화하고 싶어요").lastReply().get("handoff").asBoolean()).isTrue();
        operator.pickUp(id, "김민아");

        StaffApi.Response back = operator.handBack(id);
        TurnApi.Response after = citizen.say(id, "주민등록등본은 어떻게 발급받나요?");

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().get("status").asString()).isEqualTo("closed");
        assertThat(after.body().get("messages").size()).isPositive();
        assertThat(transcript(id)).anySatisfy(m -> assertThat(m.get("text").asString())
                .contains("김민아 상담사가 상담을 시청 상담봇에게 넘겼습니다"));
    }

    @Test
    void aChatIsPickedUpOnceAndOnlyItsCounsellorWritesInIt() {
        String id = handedOffChat("en");
        var colleague = Counsellor.create(port, accounts, passwords, "colleague", StaffRole.OPERATOR);

        assertThat(operator.say(id, "too early").status()).isEqualTo(409);
        assertThat(operator.pickUp(id, "Mina").status()).isEqualTo(200);
        StaffApi.Response second = colleague.pickUp(id, "Jun");
        StaffApi.Response notTheirs = colleague.say(id, "Hello from Jun");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("error").asString()).isEqualTo("handoff.taken");
        assertThat(notTheirs.status()).isEqualTo(409);
        assertThat(notTheirs.body().get("error").asString()).isEqualTo("handoff.not_yours");
        assertThat(operator.pickUp("no-such-conversation", "Mina").status()).isEqualTo(404);
        assertThat(operator.say(id, " ").body().get("error").asString()).isEqualTo("message.missing");
        assertThat(operator.say(id, "x".repeat(2001)).status()).isEqualTo(400);
        assertThat(colleague.close(id).status()).as("a supervisor may close").isEqualTo(200);
        assertThat(operator.close(id).status()).isEqualTo(404);
    }

    @Test
    void aNameMustBeGivenAndIsKeptShort() {
        String id = handedOffChat("en");

        assertThat(operator.pickUp(id, "   ").body().get("error").asString()).isEqualTo("name.missing");
        assertThat(operator.pickUp(id, "M".repeat(41)).body().get("error").asString()).isEqualTo("name.too_long");
        assertThat(operator.api().postJson(Counsellor.path(id, "pickup"), "{}").status()).isEqualTo(400);
    }

    @Test
    void aPhoneHandoffIsListedWithItsTranscriptIdForReadingNotChatting() {
        TurnApi.Response started = citizen.post("/api/v1/conversations", "{\"channel\":\"phone\",\"language\":\"en\"}");
        String id = started.body().get("conversationId").asString();
        assertThat(citizen.say(id, ASK_FOR_A_PERSON).lastReply().get("handoff").asBoolean()).isTrue();

        JsonNode listed = operator.inList(id);
        StaffApi.Response pickUp = operator.pickUp(id, "Mina");

        assertThat(listed.get("channel").asString()).isEqualTo("phone");
        assertThat(listed.get("transcript").asString()).isEqualTo("/admin/api/transcripts/" + id);
        assertThat(operator.api().get(listed.get("transcript").asString()).status()).isEqualTo(200);
        assertThat(pickUp.status()).isEqualTo(409);
        assertThat(pickUp.body().get("error").asString()).isEqualTo("handoff.phone");
        assertThat(operator.close(id).status()).isEqualTo(200);
    }

    @Test
    void theCitizenIsToldACounsellorIsComingAndHowManyWaitBeforeThem() {
        String first = handedOffChat("en");
        String id = citizen.start("en");

        String text = citizen.say(id, ASK_FOR_A_PERSON).lastReply().get("text").asString();
        String again = citizen.say(id, ASK_FOR_A_PERSON).lastReply().get("text").asString();

        assertThat(text).contains("passing you to a counsellor")
                .containsPattern("(One person is|\\d+ people are) waiting before you");
        assertThat(again).contains("already waiting for a counsellor");
        assertThat(operator.inList(first)).isNotNull();
    }

    @Test
    void pickUpMessageAndCloseEachLeaveAnAuditRow() {
        String id = handedOffChat("en");

        operator.pickUp(id, "Mina");
        operator.say(id, "Hello");
        operator.close(id);

        List<StaffAudit.Entry> mine = audit.recent(200).stream()
                .filter(e -> operator.username().equals(e.username())).toList();
        assertThat(mine).extracting(StaffAudit.Entry::action)
                .contains("handoff.pickup", "handoff.message", "handoff.close");
        assertThat(mine).filteredOn(e -> e.action().equals("handoff.message")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo(Counsellor.path(id, "messages")));
    }

    private List<JsonNode> transcript(String id) {
        TurnApi.Response transcript = citizen.get("/api/v1/conversations/" + id);
        assertThat(transcript.status()).isEqualTo(200);
        return transcript.body().get("messages").valueStream().toList();
    }

    static String json(Map<String, String> body) {
        return JsonMapper.builder().build().writeValueAsString(body);
    }
}
