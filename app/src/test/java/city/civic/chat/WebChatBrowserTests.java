package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The citizen's page in Debian's headless Chromium, talking to the real server over STOMP. */
@IntegrationTest
class WebChatBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenChatsByKeyboardAndGetsAnAnswerWithItsSource() {
        browser.get("http://127.0.0.1:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !botMessages().isEmpty());
        assertThat(browser.findElement(By.id("chat-log")).getAttribute("role")).isEqualTo("log");
        int before = botMessages().size();

        WebElement input = browser.findElement(By.id("chat-input"));
        input.sendKeys("How do I get a resident registration certificate?");
        input.sendKeys(Keys.ENTER);

        wait.until(d -> botMessages().size() > before);
        String answer = botMessages().get(botMessages().size() - 1).getText();
        assertThat(answer).contains("Government24");
        assertThat(browser.findElements(By.cssSelector(".msg.citizen")))
                .anySatisfy(m -> assertThat(m.getText()).contains("resident registration certificate"));
    }

    @Test
    void quickRepliesStartAReportAndTheTicketNumberIsShown() {
        browser.get("http://127.0.0.1:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !botMessages().isEmpty());
        WebElement input = browser.findElement(By.id("chat-input"));

        for (String text : List.of("The streetlight in front of Gyeongan Market is out", "last night", "skip")) {
            int before = botMessages().size();
            input.sendKeys(text);
            input.sendKeys(Keys.ENTER);
            wait.until(d -> botMessages().size() > before);
        }
        wait.until(d -> !d.findElements(By.cssSelector(".quick-reply")).isEmpty());
        browser.findElements(By.cssSelector(".quick-reply")).stream()
                .filter(b -> b.getText().startsWith("Yes")).findFirst().orElseThrow().click();

        wait.until(d -> !d.findElements(By.cssSelector(".ticket")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".ticket")).getText()).containsPattern("SC-\\d{4}-\\d{6}");
    }

    private static List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }
}
