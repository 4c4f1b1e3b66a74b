package city.civic.backoffice.answers;

import static city.civic.backoffice.answers.AnswersStaff.json;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.knowledge.lucene.RankingDefaults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** The answers pages over real HTTP: who may open them, and free text shown escaped. */
@IntegrationTest
class AnswerPagesIntegrationTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    AnswersStaff official;
    AnswersStaff reviewer;

    @BeforeEach
    void staff() {
        official = AnswersStaff.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        reviewer = AnswersStaff.create(port, accounts, passwords, "reviewer", StaffRole.REVIEWER);
    }

    @Test
    void theListFiltersAndLinksToTheEditorWithBothLanguages() {
        var list = reviewer.get("/admin/answers?category=waste&language=ko&status=published");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("/admin/answers/faq.").contains("lang=\"ko\"")
                .doesNotContain("How do I get a resident registration certificate?");

        var editor = reviewer.get("/admin/answers/faq.resident-registration-certificate");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.text()).contains("How do I get a resident registration certificate?")
                .contains("주민등록등본은 어떻게 발급받나요?").contains("name=\"to\" value=\"archived\"")
                .doesNotContain("name=\"to\" value=\"in_review\"");
    }

    @Test
    void freeTextIsShownEscapedOnEveryPage() {
        var created = official.post("/admin/api/answers", json(Map.of("lang", "en",
                "question", "Is 1 < 2 & \"quoted\" " + IMAGE + " a fair question?",
                "variants", List.of("A < B " + SCRIPT),
                "text", "Text with <b>markup</b> & a < sign " + IMAGE + " see https://example.go.kr/x?a=1&b=2.",
                "category", "general")));
        String id = created.body().get("id").asString();
        official.post("/admin/api/answers/" + id + "/status", json(Map.of("to", "in_review")));
        reviewer.post("/admin/api/answers/" + id + "/status", json(Map.of("to", "published")));
        official.put("/admin/api/answers/" + id, json(Map.of("version", 3, "text", "Changed < text " + SCRIPT)));

        for (String path : List.of("/admin/answers", "/admin/answers?q=" + encode("quoted"),
                "/admin/answers/" + id, "/admin/answers/" + id + "?compare=en&from=3&to=4",
                "/admin/answers?q=" + encode(SCRIPT + IMAGE),
                "/admin/answers/try?language=en&question=" + encode(SCRIPT + IMAGE))) {
            String page = official.get(path).text();
            assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("<b>markup");
        }
        String editor = official.get("/admin/answers/" + id).text();
        assertThat(editor).contains("Is 1 &lt; 2 &amp; &quot;quoted&quot; &quot;&gt; a fair question?")
                .contains("<a href=\"https://example.go.kr/x?a=1&amp;b=2\" rel=\"noopener noreferrer\">")
                .contains("<ins>").contains("<del>");
        String trial = official.get("/admin/answers/try?language=en&question=" + encode(SCRIPT + IMAGE)).text();
        assertThat(trial).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void tryingAQuestionShowsScoresTheThresholdAndTheAnswerGiven() {
        String page = reviewer.get("/admin/answers/try?language=en&question="
                + encode("How do I get a resident registration certificate?")).text();

        assertThat(page).contains("The citizen would get").contains("Threshold " + RankingDefaults.THRESHOLD_EN)
                .contains("/admin/answers/faq.resident-registration-certificate");
    }

    @Test
    void pagesAreRefusedToRolesThatMayNotUseThem() {
        var operator = AnswersStaff.create(port, accounts, passwords, "operator", StaffRole.OPERATOR);
        assertThat(operator.get("/admin/answers").status()).isEqualTo(403);
        assertThat(operator.get("/admin/answers/faq.resident-registration-certificate").status()).isEqualTo(403);
        assertThat(operator.get("/admin/answers/try?question=x").status()).isEqualTo(403);
        assertThat(reviewer.get("/admin/answers/new").status()).isEqualTo(403);
        assertThat(official.get("/admin/answers/new").status()).isEqualTo(200);
        assertThat(official.get("/admin/answers/faq.no-such-answer").status()).isEqualTo(404);
        var anonymous = AnswersStaff.anonymous(port).page("/admin/answers");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/admin/login"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
