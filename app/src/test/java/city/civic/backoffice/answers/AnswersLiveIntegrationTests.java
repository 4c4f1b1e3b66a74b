package city.civic.backoffice.answers;

import static city.civic.backoffice.answers.AnswersStaff.json;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.chat.TurnApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/** Publishing through the staff API is live in the citizens' chat at once; archiving takes the answer away. */
@IntegrationTest
class AnswersLiveIntegrationTests {

    static final String QUESTION = "Can I borrow a telescope for the night-sky festival?";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aPublishedAnswerIsGivenAtOnceItsNewTextAfterAnEditAndNothingOnceArchived() {
        var official = AnswersStaff.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        var reviewer = AnswersStaff.create(port, accounts, passwords, "reviewer", StaffRole.REVIEWER);
        var created = official.post("/admin/api/answers", json(Map.of("lang", "en", "question", QUESTION,
                "variants", List.of("Where do I rent a telescope for stargazing?"),
                "text", "The central library lends telescopes for the festival; reserve one online.",
                "category", "culture", "department", "culture-sports")));
        String id = created.body().get("id").asString();
        assertThat(citizenAsks(QUESTION).get("text").asString()).doesNotContain("lends telescopes");

        move(official, id, "in_review");
        move(reviewer, id, "published");
        JsonNode answer = citizenAsks(QUESTION);
        assertThat(answer.get("text").asString())
                .isEqualTo("The central library lends telescopes for the festival; reserve one online.");
        assertThat(answer.get("sources").get(0).get("id").asString()).isEqualTo(id);

        official.put("/admin/api/answers/" + id, json(Map.of("version", 3,
                "text", "Both city libraries lend telescopes for the festival; reserve one at the desk.")));
        assertThat(citizenAsks(QUESTION).get("text").asString()).as("a draft is not given")
                .startsWith("The central library");
        move(official, id, "in_review");
        move(reviewer, id, "published");
        assertThat(citizenAsks(QUESTION).get("text").asString())
                .isEqualTo("Both city libraries lend telescopes for the festival; reserve one at the desk.");

        move(reviewer, id, "archived");
        JsonNode afterArchive = citizenAsks(QUESTION);
        assertThat(afterArchive.get("text").asString()).doesNotContain("lend telescopes");
        assertThat(afterArchive.get("sources")).noneSatisfy(s -> assertThat(s.get("id").asString()).isEqualTo(id));
    }

    private JsonNode citizenAsks(String question) {
        var citizen = new TurnApi(port);
        String conversation = citizen.start("en");
        return citizen.say(conversation, question).lastReply();
    }

    private static void move(AnswersStaff who, String id, String to) {
        var moved = who.post("/admin/api/answers/" + id + "/status", json(Map.of("to", to)));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }
}
