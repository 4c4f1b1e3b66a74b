package city.civic.backoffice.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.backoffice.StaffBrowser;
import city.civic.chat.TurnApi;
import city.civic.dialog.IntentTraining;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredQueue;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * An official in Chromium: turns a group of unanswered questions into phrasings of an answer through the
 * pages, then adds an intent example, retrains and reads the comparison (the live model is left as it is).
 * Saves the screenshots {@code unanswered-queue}, {@code unanswered-group} and {@code intents}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnansweredAndIntentsBrowserTests {

    static final String QUESTION = "Where can I donate old children's books?";
    static final String EXAMPLE = "the lamp post by the Gyeongan river path went dark tonight";

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UnansweredQueue queue;

    @Autowired
    IntentTraining training;

    StaffBrowser browser;

    @BeforeAll
    void signIn() {
        browser = StaffBrowser.open(port)
                .signIn(StaffWeb.account(accounts, passwords, "official", StaffRole.OFFICIAL), StaffWeb.PASSWORD);
    }

    @AfterAll
    void close() {
        training.examples("streetlight.report", "en").stream().filter(e -> e.text().equals(EXAMPLE))
                .forEach(e -> training.remove(e.id(), "test"));
        browser.close();
    }

    @Test
    void anOfficialTurnsAGroupIntoPhrasingsOfAnAnswer() {
        var citizen = new TurnApi(port);
        citizen.say(citizen.start("en"), QUESTION);
        browser.screenshots("unanswered-queue", "/admin/unanswered");

        WebElement group = browser.find(By.xpath("//article[.//q[text()=\"" + QUESTION + "\"]]"));
        group.findElement(By.cssSelector(".actions a")).click();
        browser.find(By.id("resolve-form"));
        browser.assertNoPolicyViolations();
        String groupPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.screenshots("unanswered-group", groupPath);
        new Select(browser.find(By.id("answerId"))).selectByValue("faq.libraries");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-preview"), "library card"));
        browser.click(By.id("add-variants"));

        browser.waitFor(ExpectedConditions.urlMatches(".*/admin/unanswered$"));
        assertThat(browser.find(By.cssSelector(".notice.ok")).getText()).contains("sent to review");
        assertThat(queue.open("en", 500)).noneMatch(g -> g.examples().stream()
                .anyMatch(q -> q.question().equals(QUESTION)));
        assertThat(queue.resolved(20)).anySatisfy(g -> {
            assertThat(g.resolution().outcome()).isEqualTo(UnansweredGroup.Outcome.ANSWER_VARIANTS);
            assertThat(g.resolution().target()).isEqualTo("faq.libraries");
        });
    }

    @Test
    void anOfficialAddsAnExampleRetrainsAndSeesTheNewModelBesideTheLiveOne() {
        browser.go("/admin/intents");
        browser.click(By.cssSelector("a[href$='/admin/intents/streetlight.report']"));
        browser.click(By.linkText("English"));
        browser.find(By.id("text")).sendKeys(EXAMPLE);
        browser.click(By.cssSelector("#add-example button[type=submit]"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("examples"), EXAMPLE));
        browser.assertNoPolicyViolations();

        browser.go("/admin/intents");
        browser.click(By.id("retrain"));
        browser.find(By.tagName("progress"));
        new WebDriverWait(browser.driver(), Duration.ofMinutes(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));

        assertThat(browser.find(By.id("comparison")).getText()).contains("New model").contains("Live model")
                .contains("Accuracy");
        assertThat(browser.find(By.id("verdict")).getText()).isNotBlank();
        assertThat(browser.find(By.id("activate")).isDisplayed()).isTrue();
        browser.assertNoPolicyViolations();
        browser.screenshots("intents", "/admin/intents");
    }
}
