package city.civic.backoffice.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.backoffice.StaffBrowser;
import city.civic.security.StaffApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole hand-off in two browsers: a citizen in the real chat widget asks for a person; a counsellor picks the
 * chat up on the hand-offs page, sees the citizen's next message arrive live, and answers; the answer appears in
 * the citizen's widget as a person's, with the counsellor's name shown as typed (never as markup).
 */
@IntegrationTest
class HandoffBrowserTests {

    static final String NAME = "Mina <i>K</i>";

    static StaffBrowser counsellor;
    static ChromeDriver citizen;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowsers(@LocalServerPort int port) {
        counsellor = StaffBrowser.open(port).signIn(StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        citizen = new ChromeDriver(service, new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=en-US", "--window-size=420,900"));
        citizen.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                window.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.effectiveDirective), true);
                """));
    }

    @AfterAll
    static void closeBrowsers() {
        if (counsellor != null) {
            counsellor.close();
        }
        if (citizen != null) {
            citizen.quit();
        }
    }

    @Test
    void aCounsellorPicksUpAChatAndTheirAnswerAppearsInTheCitizensWidget() throws IOException {
        var wait = new WebDriverWait(citizen, Duration.ofSeconds(30));
        citizen.get("http://127.0.0.1:" + port + "/");
        wait.until(d -> !d.findElements(By.cssSelector(".msg.bot")).isEmpty());
        say("Talk to a counsellor");
        wait.until(d -> !d.findElements(By.cssSelector(".msg.bot .handoff")).isEmpty());
        String id = conversationId();

        counsellor.go("/admin/console/handoffs");
        counsellor.click(By.cssSelector("a[href='/admin/console/handoffs/" + id + "']"));
        WebElement name = counsellor.find(By.id("counsellor-name"));
        name.clear();
        name.sendKeys(NAME);
        counsellor.click(By.cssSelector("form.pickup button[type=submit]"));
        WebElement reply = counsellor.find(By.id("reply-text"));

        wait.until(d -> lastBotText().contains("has joined the conversation"));
        say("The streetlight on Opo-ro has been dark for a week");
        counsellor.waitFor(d -> transcriptOnPage().contains("has been dark for a week"));
        reply.sendKeys("Thank you. Which pole is it? The number is on a plate at eye level.");
        counsellor.click(By.cssSelector("form.reply-form button[type=submit]"));

        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.agent")));
        assertThat(answer.findElement(By.cssSelector(".msg-text")).getText()).startsWith("Thank you. Which pole");
        assertThat(answer.findElement(By.cssSelector(".agent-role")).getText()).isEqualToIgnoringCase("Counsellor");
        assertThat(answer.findElement(By.cssSelector(".agent-name")).getText()).isEqualTo(NAME);
        assertThat(answer.findElements(By.tagName("i"))).as("the name is text, not markup").isEmpty();
        assertThat(answer.findElement(By.xpath("ancestor::*[@role='log']")).getAttribute("id")).isEqualTo("chat-log");
        counsellor.waitFor(d -> reply.getAttribute("value").isEmpty());
        assertThat(transcriptOnPage()).contains("Which pole");
        saveCitizenScreenshot("handoffs-widget");
        assertThat((List<?>) citizen.executeScript("return window.cspViolations")).isEmpty();

        counsellor.screenshots("handoffs-conversation", "/admin/console/handoffs/" + id);
        counsellor.screenshots("handoffs", "/admin/console/handoffs");
        counsellor.go("/admin/console/handoffs/" + id);
        counsellor.click(By.cssSelector("form[action$='/close'] button"));
        counsellor.driver().switchTo().alert().accept();
        wait.until(d -> lastBotText().contains("has closed the conversation"));
    }

    private static void say(String text) {
        WebElement input = citizen.findElement(By.id("chat-input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private static String lastBotText() {
        List<WebElement> bot = citizen.findElements(By.cssSelector(".msg.bot"));
        return bot.isEmpty() ? "" : bot.get(bot.size() - 1).getText();
    }

    private static String transcriptOnPage() {
        return counsellor.driver().findElement(By.id("handoff-transcript")).getText();
    }

    private static String conversationId() {
        String saved = (String) citizen.executeScript("return sessionStorage.getItem('civic.chat.conversation')");
        return JsonMapper.builder().build().readTree(saved).get("id").asString();
    }

    private static void saveCitizenScreenshot(String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), citizen.getScreenshotAs(OutputType.BYTES));
    }
}
