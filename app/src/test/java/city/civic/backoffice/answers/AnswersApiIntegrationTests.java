package city.civic.backoffice.answers;

import static city.civic.backoffice.answers.AnswersStaff.json;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import city.civic.knowledge.lucene.RankingDefaults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;

/** The answers part of the staff JSON API (DESIGN.md) over real HTTP with Basic auth. */
@IntegrationTest
class AnswersApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffAudit audit;

    AnswersStaff official;
    AnswersStaff reviewer;
    AnswersStaff operator;
    AnswersStaff admin;

    @BeforeEach
    void staff() {
        official = AnswersStaff.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        reviewer = AnswersStaff.create(port, accounts, passwords, "reviewer", StaffRole.REVIEWER);
        operator = AnswersStaff.create(port, accounts, passwords, "operator", StaffRole.OPERATOR);
        admin = new AnswersStaff(port, city.civic.security.StaffApi.ADMIN, city.civic.security.StaffApi.ADMIN_PASSWORD);
    }

    @Test
    void anOfficialWritesAReviewerPublishesAndEveryStepIsAVersion() {
        var created = official.post("/admin/api/answers", bicycle("Bring your ID to the community centre."));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.body().get("status").asString()).isEqualTo("draft");
        assertThat(created.body().get("version").asInt()).isEqualTo(1);
        assertThat(created.body().get("category").asString()).isEqualTo("safety");
        assertThat(created.body().get("department").asString()).isEqualTo("traffic-administration");
        assertThat(created.raw().headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/admin/api/answers/" + id);

        var edited = official.put("/admin/api/answers/" + id, json(Map.of("version", 1,
                "text", "Bring your ID and the bicycle to the community centre.")));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("version").asInt()).isEqualTo(2);
        assertThat(edited.body().get("question").asString()).isEqualTo("How do I register my bicycle?");

        assertThat(status(official, id, Map.of("to", "in_review")).body().get("status").asString())
                .isEqualTo("in_review");
        var published = status(reviewer, id, Map.of("to", "published", "lang", "en", "version", 3));
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("answers").get(0).get("liveVersion").asInt()).isEqualTo(4);

        JsonNode listed = official.get("/admin/api/answers?lang=en&status=published&q=bicycle").body();
        assertThat(listed).anySatisfy(a -> assertThat(a.get("id").asString()).isEqualTo(id));
        JsonNode versions = reviewer.get("/admin/api/answers/" + id + "/versions?lang=en").body();
        assertThat(versions).extracting(v -> v.get("version").asInt()).containsExactly(4, 3, 2, 1);
        assertThat(versions.get(2).get("author").asString()).isEqualTo(official.username);
        assertThat(versions.get(2).get("changed")).extracting(JsonNode::asString).containsExactly("text");
        assertThat(versions.get(0).get("author").asString()).isEqualTo(reviewer.username);
        assertThat(versions.get(0).get("changed")).extracting(JsonNode::asString).containsExactly("status");
        assertThat(audit.recent(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("answer.publish");
            assertThat(e.username()).isEqualTo(reviewer.username);
        });
    }

    @Test
    void theDiffBetweenVersionsIsWordByWord() {
        String id = created(official, bicycle("The fee is 400 KRW."));
        official.put("/admin/api/answers/" + id, json(Map.of("version", 1, "text", "The fee is 500 KRW.")));

        JsonNode diff = official.get("/admin/api/answers/" + id + "/diff?lang=en&from=1&to=2").body();

        assertThat(diff.get("fields").get("text")).extracting(op -> op.get("op").asString() + ":" + op.get("text").asString())
                .containsExactly("same:The fee is ", "removed:400", "added:500", "same: KRW.");
        assertThat(diff.get("fields").has("question")).isFalse();
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedWithTheNewerOne() {
        String id = created(official, bicycle("First words."));
        var second = AnswersStaff.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        assertThat(second.put("/admin/api/answers/" + id, json(Map.of("version", 1, "text", "Second's words.")))
                .status()).isEqualTo(200);

        var stale = official.putIfMatch("/admin/api/answers/" + id, json(Map.of("text", "First's late edit.")), "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("error").asString()).isEqualTo("version.stale");
        assertThat(stale.body().get("current").get("text").asString()).isEqualTo("Second's words.");
        assertThat(stale.body().get("current").get("version").asInt()).isEqualTo(2);
        assertThat(official.put("/admin/api/answers/" + id, json(Map.of("text", "No version."))).body()
                .get("error").asString()).isEqualTo("version.missing");
        assertThat(status(official, id, Map.of("to", "in_review", "version", 1)).status()).isEqualTo(409);
    }

    @Test
    void htmlTypedIntoAnAnswerIsStoredAsPlainText() {
        var created = official.post("/admin/api/answers", json(Map.of("lang", "en",
                "question", "Where is <b>the</b> bike shelter?<script>alert(1)</script>",
                "variants", List.of("<img src=x onerror=alert(1)>Bike shelter location"),
                "text", "Behind City Hall: <a href=\"javascript:alert(1)\">map</a>\"><img src=x onerror=alert(1)>",
                "category", "safety")));

        assertThat(created.body().get("question").asString()).isEqualTo("Where is the bike shelter?");
        assertThat(created.body().get("variants").get(0).asString()).isEqualTo("Bike shelter location");
        assertThat(created.body().get("text").asString()).isEqualTo("Behind City Hall: map\">");
    }

    @Test
    void missingOrOversizeFieldsAreRefusedWithACode() {
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "text", "x",
                "category", "safety"))))).isEqualTo("400 question.missing");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "question", "q?",
                "text", "<p></p>", "category", "safety"))))).isEqualTo("400 text.missing");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "question", "q?",
                "text", "x".repeat(4001), "category", "safety"))))).isEqualTo("400 text.too_long");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "question", "q".repeat(501),
                "text", "x", "category", "safety"))))).isEqualTo("400 question.too_long");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "fr", "question", "q?",
                "text", "x", "category", "safety"))))).isEqualTo("400 lang.unsupported");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "question", "q?",
                "text", "x", "category", "safety", "department", "no-such-department")))))
                .isEqualTo("400 department.unknown");
        assertThat(error(official.post("/admin/api/answers", json(Map.of("lang", "en", "question", "q?",
                "text", "x", "category", "brand-new-category"))))).isEqualTo("400 department.missing");
        assertThat(error(official.post("/admin/api/answers", "{not json"))).isEqualTo("400 request.malformed");
    }

    @Test
    void unknownAnswersAndStepsTheWorkflowDoesNotAllow() {
        String id = created(official, bicycle("Draft words."));

        assertThat(error(official.get("/admin/api/answers/faq.no-such-answer"))).isEqualTo("404 answer.not_found");
        assertThat(error(official.put("/admin/api/answers/faq.no-such-answer", json(Map.of("version", 1,
                "text", "x"))))).isEqualTo("404 answer.not_found");
        assertThat(error(status(reviewer, "faq.no-such-answer", Map.of("to", "published"))))
                .isEqualTo("404 answer.not_found");
        assertThat(error(status(reviewer, id, Map.of("to", "published")))).isEqualTo("422 answer.transition_not_allowed");
        assertThat(error(status(official, id, Map.of("to", "draft")))).isEqualTo("422 answer.transition_not_allowed");
        assertThat(error(status(official, id, Map.of("to", "live")))).isEqualTo("400 status.unknown");
    }

    @Test
    void anAnswerInBothLanguagesNamesTheLanguageOfAnEditAndMovesTogetherWithoutOne() {
        String id = created(official, bicycle("English words."));
        var korean = official.put("/admin/api/answers/" + id + "?lang=ko", json(Map.of(
                "question", "자전거 등록은 어떻게 하나요?", "text", "행정복지센터에 신분증을 가지고 오세요.")));
        assertThat(korean.status()).isEqualTo(200);
        assertThat(korean.body().get("lang").asString()).isEqualTo("ko");
        assertThat(korean.body().get("category").asString()).isEqualTo("safety");

        assertThat(error(official.put("/admin/api/answers/" + id, json(Map.of("version", 1, "text", "x")))))
                .isEqualTo("400 lang.missing");
        var both = status(official, id, Map.of("to", "in_review"));
        assertThat(both.body().get("answers")).extracting(a -> a.get("lang").asString() + ":" + a.get("status").asString())
                .containsExactly("en:in_review", "ko:in_review");
        assertThat(official.get("/admin/api/answers/" + id).body().get("answers")).hasSize(2);
    }

    @Test
    void whoWroteTheWordsDoesNotAlsoPublishThem() {
        var both = AnswersStaff.create(port, accounts, passwords, "official-reviewer", StaffRole.OFFICIAL,
                StaffRole.REVIEWER);
        String id = created(both, bicycle("Own words."));
        status(both, id, Map.of("to", "in_review"));

        assertThat(error(status(both, id, Map.of("to", "published")))).isEqualTo("403 answer.own_edit");
        assertThat(status(reviewer, id, Map.of("to", "published")).status()).isEqualTo(200);
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String id = created(official, bicycle("Words."));
        String create = bicycle("Other words.");
        String edit = json(Map.of("version", 1, "text", "Edited."));

        for (AnswersStaff nobody : List.of(operator)) {
            assertThat(nobody.get("/admin/api/answers").status()).isEqualTo(403);
            assertThat(nobody.get("/admin/api/answers/" + id).status()).isEqualTo(403);
            assertThat(nobody.get("/admin/api/answers/" + id + "/versions").status()).isEqualTo(403);
            assertThat(nobody.get("/admin/api/answers/" + id + "/diff?from=1&to=1").status()).isEqualTo(403);
            assertThat(nobody.get("/admin/api/answers/try?q=bicycle").status()).isEqualTo(403);
            assertThat(nobody.post("/admin/api/answers", create).status()).isEqualTo(403);
            assertThat(nobody.put("/admin/api/answers/" + id, edit).status()).isEqualTo(403);
            assertThat(status(nobody, id, Map.of("to", "in_review")).status()).isEqualTo(403);
        }
        assertThat(reviewer.post("/admin/api/answers", create).status()).isEqualTo(403);
        assertThat(reviewer.put("/admin/api/answers/" + id, edit).status()).isEqualTo(403);
        assertThat(status(reviewer, id, Map.of("to", "in_review")).status()).isEqualTo(403);
        status(official, id, Map.of("to", "in_review"));
        assertThat(status(reviewer, id, Map.of("to", "draft")).status()).isEqualTo(403);
        assertThat(error(status(official, id, Map.of("to", "published")))).isEqualTo("403 forbidden");
        assertThat(error(status(official, id, Map.of("to", "archived")))).isEqualTo("403 forbidden");
        assertThat(status(admin, id, Map.of("to", "published")).status()).isEqualTo(200);
        assertThat(status(admin, id, Map.of("to", "archived")).status()).isEqualTo(200);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        var anonymous = AnswersStaff.anonymous(port);
        assertThat(error(anonymous.get("/admin/api/answers"))).isEqualTo("401 unauthenticated");
        assertThat(anonymous.get("/admin/api/answers/faq.x").status()).isEqualTo(401);
        assertThat(anonymous.get("/admin/api/answers/faq.x/versions").status()).isEqualTo(401);
        assertThat(anonymous.get("/admin/api/answers/faq.x/diff").status()).isEqualTo(401);
        assertThat(anonymous.get("/admin/api/answers/try?q=x").status()).isEqualTo(401);
        // A script whose credentials do not sign in is told to sign in on every endpoint ...
        var unknown = new AnswersStaff(port, "nobody-" + System.nanoTime(), "wrong password");
        assertThat(error(unknown.post("/admin/api/answers", bicycle("x")))).isEqualTo("401 unauthenticated");
        assertThat(unknown.put("/admin/api/answers/faq.x", "{}").status()).isEqualTo(401);
        assertThat(unknown.post("/admin/api/answers/faq.x/status", "{\"to\":\"published\"}").status()).isEqualTo(401);
        // ... and so is a write without any credentials; nothing is created.
        int before = admin.get("/admin/api/answers").body().size();
        assertThat(anonymous.post("/admin/api/answers", bicycle("x")).status()).isEqualTo(401);
        assertThat(anonymous.put("/admin/api/answers/faq.x", "{}").status()).isEqualTo(401);
        assertThat(anonymous.post("/admin/api/answers/faq.x/status", "{\"to\":\"published\"}").status()).isEqualTo(401);
        assertThat(admin.get("/admin/api/answers").body().size()).isEqualTo(before);
    }

    @Test
    void tryingAQuestionShowsTheRankingTheThresholdAndTheAnswerGiven() {
        JsonNode trial = reviewer.get("/admin/api/answers/try?lang=ko&q="
                + java.net.URLEncoder.encode("음식물 쓰레기는 어떻게 버려요?", java.nio.charset.StandardCharsets.UTF_8)).body();

        double koreanThreshold = Double.parseDouble(RankingDefaults.THRESHOLD_KO);
        assertThat(trial.get("threshold").asDouble()).isEqualTo(koreanThreshold);
        assertThat(trial.get("hits").size()).isBetween(1, 5);
        assertThat(trial.get("answerId").asString()).isEqualTo(trial.get("hits").get(0).get("answerId").asString());
        assertThat(trial.get("hits").get(0).get("score").asDouble()).isGreaterThanOrEqualTo(koreanThreshold);
    }

    private static String bicycle(String text) {
        return json(Map.of("lang", "en", "question", "How do I register my bicycle?",
                "variants", List.of("Where can I register a bike?"), "text", text, "category", "safety",
                "department", "traffic-administration"));
    }

    private static String created(AnswersStaff who, String body) {
        var created = who.post("/admin/api/answers", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static AnswersStaff.Response status(AnswersStaff who, String id, Map<String, Object> body) {
        return who.post("/admin/api/answers/" + id + "/status", json(body));
    }

    private static String error(AnswersStaff.Response response) {
        return response.status() + " " + (response.body() == null ? response.text()
                : response.body().path("error").asString());
    }
}
