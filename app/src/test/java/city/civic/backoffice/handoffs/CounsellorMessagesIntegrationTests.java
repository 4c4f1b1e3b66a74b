package city.civic.backoffice.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.chat.TurnApi;
import city.civic.cli.bench.StompChat;
import city.civic.security.StaffApi;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * A counsellor's words reach the citizen's widget at once, pushed on the STOMP session that serves the
 * conversation, and nobody else's; what citizens and counsellors typed comes back escaped on the staff pages.
 */
@IntegrationTest
class CounsellorMessagesIntegrationTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    TurnApi turns;
    Counsellor operator;

    @BeforeEach
    void setUp() {
        turns = new TurnApi(port);
        operator = Counsellor.create(port, accounts, passwords, "operator", StaffRole.OPERATOR);
    }

    @Test
    void theCounsellorsMessageArrivesOnTheCitizensStompSessionAndNowhereElse() throws Exception {
        String id = turns.start("en");
        String token = turns.token(id);
        try (StompChat citizen = StompChat.connect(port).subscribeAsCitizen();
                StompChat other = StompChat.connect(port).subscribeAsCitizen()) {
            citizen.sendChat(id, token, HandoffApiIntegrationTests.ASK_FOR_A_PERSON, "m-1");
            JsonNode handoff = citizen.next().json();
            assertThat(handoff.get("messages").get(0).get("handoff").asBoolean()).isTrue();
            String otherId = turns.start("en");
            other.sendChat(otherId, turns.token(otherId), "hello", "o-1");
            other.next();

            operator.pickUp(id, "Mina");
            JsonNode joined = citizen.next().json();
            citizen.sendChat(id, token, "The light at Opo-ro is out", "m-2");
            JsonNode silent = citizen.next().json();
            operator.say(id, "Thank you, which pole number?");
            StompChat.Frame frame = citizen.next();

            assertThat(joined.get("clientMessageId").isNull()).isTrue();
            assertThat(joined.get("messages").get(0).get("intent").asString()).isEqualTo("agent.joined");
            assertThat(silent.get("clientMessageId").asString()).isEqualTo("m-2");
            assertThat(silent.get("messages").size()).isZero();
            assertThat(frame.destination()).isEqualTo("/user/queue/replies");
            JsonNode pushed = frame.json();
            assertThat(pushed.get("conversationId").asString()).isEqualTo(id);
            JsonNode message = pushed.get("messages").get(0);
            assertThat(message.get("text").asString()).isEqualTo("Thank you, which pole number?");
            assertThat(message.get("agent").get("name").asString()).isEqualTo("Mina");
            assertThat(message.get("handoff").isBoolean()).as("the Reply fields stay").isTrue();
            assertThat(other.poll(Duration.ofSeconds(1))).as("another citizen hears nothing").isNull();
        }
    }

    @Test
    void citizensAndCounsellorsWordsAreEscapedOnTheStaffPages() {
        String id = turns.start("en");
        turns.say(id, "purple elephants " + SCRIPT);
        turns.say(id, "banana telescope " + IMAGE);
        turns.say(id, "I want to talk to a counsellor"); // the bot may take "alert(1)" for a question it cannot answer
        operator.pickUp(id, "Mina " + IMAGE);
        operator.say(id, "Hi " + SCRIPT);
        var admin = StaffApi.admin(port);

        String list = admin.get("/admin/console/handoffs").raw().body();
        String page = admin.get("/admin/console/handoffs/" + id).raw().body();
        String more = admin.get("/admin/console/handoffs/" + id + "/transcript?after=0").raw().body();

        for (String html : new String[] {list, page, more}) {
            assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x");
        }
        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).contains("Mina &quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
