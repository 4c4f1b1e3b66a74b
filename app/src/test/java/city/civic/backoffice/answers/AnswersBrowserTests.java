package city.civic.backoffice.answers;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.backoffice.StaffBrowser;
import city.civic.chat.TurnApi;
import city.civic.knowledge.KnowledgeSearch;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The answers workflow through the real pages in headless Chromium: an official writes a new answer in the
 * editor (English and Korean) and sends it to review, a reviewer publishes it, and a citizen's chat gets it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersBrowserTests {

    static final String QUESTION = "Where can I charge my electric scooter in a park?";
    static final String FIRST_TEXT = "Charging points are at the main gate of Central Park, open 6:00 to 22:00.";
    static final String TEXT = "Charging points are at the main gates of Central Park and Riverside Park, open"
            + " 6:00 to 22:00. Details: https://www.example.go.kr/scooters";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    KnowledgeSearch knowledge;

    StaffBrowser browser;

    @BeforeAll
    void openBrowser() {
        browser = StaffBrowser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficialWritesAReviewerPublishesAndTheCitizenGetsTheAnswer() {
        var official = AnswersStaff.create(port, accounts, passwords, "official", StaffRole.OFFICIAL);
        var reviewer = AnswersStaff.create(port, accounts, passwords, "reviewer", StaffRole.REVIEWER);

        browser.signIn(official.username, AnswersStaff.PASSWORD).go("/admin/answers?lang=en");
        browser.click(By.cssSelector("a.button[href$='/admin/answers/new']"));
        type("category", "environment");
        new Select(browser.find(By.id("department"))).selectByValue("environment-sanitation");
        type("question-en", QUESTION);
        type("variants-en", "Is there a scooter charger in the park?\nWhere do I charge an e-scooter?");
        type("text-en", FIRST_TEXT);
        type("question-ko", "공원에서 전동 킥보드를 어디서 충전하나요?");
        type("text-ko", "중앙공원 정문에 충전소가 있습니다. 운영 시간은 6시부터 22시까지입니다.");
        browser.click(By.cssSelector("button[data-save]"));
        browser.waitFor(ExpectedConditions.urlMatches(".*/admin/answers/faq\\.where-can-i-charge[^/]*$"));
        String editor = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        type("text-en", TEXT);
        browser.click(By.cssSelector("button[data-save]"));
        browser.find(By.cssSelector("#diff-en ins"));
        assertThat(browser.driver().findElements(By.cssSelector("#diff-en ins"))).extracting(WebElement::getText)
                .anySatisfy(added -> assertThat(added).contains("Riverside Park"));
        click("button[form='status-en'][value='in_review']");
        click("button[form='status-ko'][value='in_review']");
        assertThat(browser.find(By.cssSelector("#lang-title-ko .badge")).getText()).isEqualTo("In review");
        assertThat(browser.driver().findElements(By.cssSelector("button[value='published']"))).isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.signIn(reviewer.username, AnswersStaff.PASSWORD).go(editor);
        assertThat(browser.find(By.id("text-en")).getAttribute("readonly")).isNotNull();
        click("button[form='status-en'][value='published']");
        browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lang-title-en .badge"),
                "Published"));
        assertThat(browser.find(By.cssSelector(".live .answer-text a")).getAttribute("href"))
                .isEqualTo("https://www.example.go.kr/scooters");

        var citizen = new TurnApi(port);
        String conversation = citizen.start("en");
        assertThat(citizen.say(conversation, "Where can I charge my e-scooter in the park?").lastReply()
                .get("text").asString()).isEqualTo(TEXT);

        tryAQuestion(editor);
        browser.screenshots("answers-list", "/admin/answers?category=environment");
        browser.screenshots("answer-editor", editor);
        // The screenshots show the top of the page; the history and its word diff are further down.
        browser.go(editor);
        browser.driver().executeScript("document.getElementById('history-title').scrollIntoView()");
        assertThat(browser.find(By.cssSelector("#diff-en .diff-title")).getText()).contains("v1").contains("v2");
        browser.save("answer-editor-diff-desktop-en");
    }

    /** The "try a question" box: htmx swaps in the ranking with the threshold and the answer given. */
    private void tryAQuestion(String editor) {
        browser.go(editor);
        type("try-question", "charge electric scooter park");
        browser.click(By.cssSelector(".try-box button[type=submit]"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("try-result"), "would get"));
        assertThat(browser.find(By.id("try-result")).getText())
                .contains(String.format(Locale.ROOT, "Threshold %.2f", knowledge.confidenceThreshold("en")))
                .contains(QUESTION);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/try");
        browser.assertNoPolicyViolations();
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String css) {
        browser.click(By.cssSelector(css));
    }
}
