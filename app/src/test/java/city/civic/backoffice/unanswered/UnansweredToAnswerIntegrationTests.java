package city.civic.backoffice.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.chat.TurnApi;
import city.civic.knowledge.Answers;
import city.civic.security.StaffApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * End to end: a citizen asks what the bot cannot answer; it shows in the queue; an official adds it as a
 * phrasing of the right answer through the pages; a reviewer publishes; asked again, it is answered.
 */
@IntegrationTest
class UnansweredToAnswerIntegrationTests {

    static final String ANSWER = "faq.resident-registration-certificate";
    static final String QUESTION = "The bank abroad wants an official paper from the municipality proving where I live";
    static final String PARAPHRASE = "A bank abroad wants an official paper from the city proving where I live";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Answers answers;

    @Test
    void aQuestionTheBotCouldNotAnswerIsAnsweredOnceAnOfficialAddedItToTheRightAnswerAndItWasPublished() {
        var citizen = new TurnApi(port);
        JsonNode before = citizen.say(citizen.start("en"), QUESTION).reply(0);
        assertThat(before.get("sources")).isEmpty();

        StaffWeb official = StaffWeb.signIn(port, StaffWeb.account(accounts, passwords, "official", StaffRole.OFFICIAL));
        assertThat(official.get("/admin/unanswered").body()).contains(QUESTION);
        long group = groupId(QUESTION);
        String page = official.get("/admin/unanswered/" + group).body();
        assertThat(page).contains("value=\"" + ANSWER + "\"");

        HttpResponse<String> added = official.post("/admin/unanswered/" + group + "/variants",
                fields("answerId", ANSWER, questionIds(page)));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/admin/unanswered");
        assertThat(official.get("/admin/unanswered").body()).contains("sent to review");
        assertThat(groupIdOrNull(QUESTION)).as("left the queue").isNull();
        assertThat(answers.find(ANSWER, "en").orElseThrow().alternatives()).as("live until published")
                .doesNotContain(QUESTION);

        answers.publish(ANSWER, "en");

        for (String asked : List.of(QUESTION, PARAPHRASE)) {
            JsonNode after = citizen.say(citizen.start("en"), asked).reply(0);
            assertThat(after.get("sources")).as(asked).isNotEmpty();
            assertThat(after.get("sources").get(0).get("id").asString()).isEqualTo(ANSWER);
        }
    }

    static String[] fields(String name, String value, List<String> questionIds) {
        var fields = new ArrayList<String>(List.of(name, value));
        for (String id : questionIds) {
            fields.add("question");
            fields.add(id);
        }
        return fields.toArray(String[]::new);
    }

    static List<String> questionIds(String page) {
        Matcher matcher = Pattern.compile("name=\"question\" value=\"(\\d+)\"").matcher(page);
        var ids = new ArrayList<String>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private long groupId(String question) {
        Long id = groupIdOrNull(question);
        assertThat(id).as("a group with " + question).isNotNull();
        return id;
    }

    private Long groupIdOrNull(String question) {
        for (JsonNode group : StaffApi.admin(port).get("/admin/api/unanswered").body()) {
            if (group.get("examples").toString().contains(question)) {
                return group.get("id").asLong();
            }
        }
        return null;
    }
}
