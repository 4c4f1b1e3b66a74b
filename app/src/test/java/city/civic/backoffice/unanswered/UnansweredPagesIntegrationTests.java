package city.civic.backoffice.unanswered;

import static city.civic.backoffice.unanswered.UnansweredToAnswerIntegrationTests.fields;
import static city.civic.backoffice.unanswered.UnansweredToAnswerIntegrationTests.questionIds;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.chat.TurnApi;
import city.civic.dialog.IntentTraining;
import city.civic.knowledge.Answers;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredQueue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** The queue's pages over real HTTP: who may do what, escaping, refusals, and each way to resolve a group. */
@IntegrationTest
class UnansweredPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UnansweredQueue queue;

    @Autowired
    Answers answers;

    @Autowired
    IntentTraining intents;

    @Test
    void aCitizensScriptIsShownAsTextNeverAsMarkup() {
        long group = ask("Does the city lend out <script>alert(1)</script> \"><img src=x onerror=alert(2)> drones?");
        StaffWeb official = as(StaffRole.OFFICIAL);

        for (String path : List.of("/admin/unanswered", "/admin/unanswered/" + group,
                "/admin/unanswered/" + group + "/new-answer")) {
            String page = official.get(path).body();
            assertThat(page).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        }
    }

    @Test
    void reviewersReadButOnlyOfficialsActAndOperatorsAndStrangersStayOut() {
        long group = ask("Where can I learn traditional pottery in Gwangju?");
        StaffWeb reviewer = as(StaffRole.REVIEWER);

        assertThat(reviewer.get("/admin/unanswered").statusCode()).isEqualTo(200);
        HttpResponse<String> page = reviewer.get("/admin/unanswered/" + group);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("pottery").doesNotContain("id=\"resolve-form\"");
        assertThat(reviewer.get("/admin/unanswered/" + group + "/new-answer").statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/admin/unanswered/" + group + "/variants", "answerId", "faq.libraries",
                "question", "1").statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/admin/unanswered/" + group + "/intent-examples", "intent", "faq").statusCode())
                .isEqualTo(403);
        assertThat(reviewer.post("/admin/unanswered/" + group + "/new-answer", "id", "faq.pottery").statusCode())
                .isEqualTo(403);
        assertThat(as(StaffRole.OPERATOR).get("/admin/unanswered").statusCode()).isEqualTo(403);
        assertThat(as(StaffRole.OPERATOR).get("/admin/unanswered/" + group).statusCode()).isEqualTo(403);
        assertThat(queue.find(group).orElseThrow().open()).isTrue();

        HttpResponse<String> stranger = StaffWeb.anonymous(port).get("/admin/unanswered");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
    }

    @Test
    void badInputIsRefusedWithAReasonAndTheGroupStaysInTheQueue() {
        long group = ask("Where can I learn traditional pottery in Gwangju?");
        StaffWeb official = as(StaffRole.OFFICIAL);
        List<String> questions = questionIds(official.get("/admin/unanswered/" + group).body());
        String base = "/admin/unanswered/" + group;

        assertThat(official.get("/admin/unanswered/999999999").statusCode()).isEqualTo(404);
        assertThat(official.get("/admin/unanswered/abc").statusCode()).isEqualTo(404);
        assertThat(official.post("/admin/unanswered/999999999/variants", fields("answerId", "faq.libraries",
                questions)).statusCode()).isEqualTo(404);
        assertRefused(official.post(base + "/variants", fields("answerId", "faq.no-such-answer", questions)),
                "Choose a published answer");
        assertRefused(official.post(base + "/variants", "answerId", "faq.libraries"), "Tick at least one question");
        assertRefused(official.post(base + "/intent-examples", fields("intent", "weather.report", questions)),
                "Choose one of the intents");
        assertRefused(official.post(base + "/new-answer", "id", "Not An Id!", "topic", "culture", "department",
                "culture-sports", "question", "Pottery?", "text", "Yes."), "An answer id has");
        assertRefused(official.post(base + "/new-answer", "id", "faq.pottery-classes", "topic", "culture",
                "department", "culture-sports", "question", "Pottery?", "text", "x".repeat(4001)),
                "Write the answer");

        assertThat(queue.find(group).orElseThrow().open()).isTrue();
    }

    @Test
    void anOfficialTurnsAGroupIntoExamplesOfAnIntentWaitingForRetraining() {
        String question = "Which pharmacies are open on Sunday night?";
        long group = ask(question);
        StaffWeb official = as(StaffRole.OFFICIAL);
        List<String> questions = questionIds(official.get("/admin/unanswered/" + group).body());

        HttpResponse<String> added = official.post("/admin/unanswered/" + group + "/intent-examples",
                fields("intent", "faq", questions));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(intents.examples("faq", "en")).anySatisfy(example -> {
            assertThat(example.text()).isEqualTo(question);
            assertThat(example.state()).isEqualTo(IntentTraining.State.ADDED);
        });
        UnansweredGroup resolved = queue.find(group).orElseThrow();
        assertThat(resolved.resolution().outcome()).isEqualTo(UnansweredGroup.Outcome.INTENT_EXAMPLES);
        assertThat(resolved.resolution().target()).isEqualTo("faq");
        assertThat(resolved.resolution().by()).startsWith("official-");
    }

    @Test
    void anOfficialWritesANewAnswerFromAGroupPrefilledWithItsQuestions() {
        String question = "How do I rent a community garden plot?";
        long group = ask(question);
        StaffWeb official = as(StaffRole.OFFICIAL);
        String form = official.get("/admin/unanswered/" + group + "/new-answer").body();
        assertThat(form).contains("value=\"" + question + "\"").contains("value=\"faq.");

        HttpResponse<String> saved = official.post("/admin/unanswered/" + group + "/new-answer",
                "id", "faq.community-garden-plots", "topic", "culture", "department", "culture-sports",
                "question", question, "variants", "Can I grow vegetables on city land?\n\n",
                "text", "Community garden plots are let each March; apply at your community centre.");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(answers.find("faq.community-garden-plots", "en")).as("a draft until published").isEmpty();
        assertThat(answers.publish("faq.community-garden-plots", "en").alternatives())
                .containsExactly("Can I grow vegetables on city land?");
        assertThat(queue.find(group).orElseThrow().resolution().outcome())
                .isEqualTo(UnansweredGroup.Outcome.NEW_ANSWER);
    }

    private long ask(String question) {
        var citizen = new TurnApi(port);
        citizen.say(citizen.start("en"), question);
        return queue.open("en", 500).stream()
                .filter(g -> g.examples().stream().anyMatch(q -> q.question().equals(question)))
                .findFirst().orElseThrow(() -> new AssertionError("not queued: " + question)).id();
    }

    private StaffWeb as(StaffRole role) {
        return StaffWeb.signIn(port, StaffWeb.account(accounts, passwords, role.name().toLowerCase(), role));
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(reason);
    }
}
