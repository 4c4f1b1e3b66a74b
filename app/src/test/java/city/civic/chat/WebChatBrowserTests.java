package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.dialog.Utterance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's page in Debian's headless Chromium, talking to the real server over STOMP, under the
 * server's Content-Security-Policy.
 */
@IntegrationTest
class WebChatBrowserTests {

    static final String CONVERSATION_KEY = "civic.chat.conversation";
    static final String ENDED_NOTICE = "Chat ended. Your conversation is no longer shown on this device.";

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
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL); // Chromium logs each refusal: "Refused to ... Content Security Policy"
        options.setCapability("goog:loggingPrefs", logging);
        browser = new ChromeDriver(service, options);
        // On every page, before its own scripts run: collect the violations of the policy the page reports,
        // and the STOMP commands the page sends (and its closing of sockets).
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                window.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(
                    `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`), true);
                window.stompSent = [];
                const { send, close } = WebSocket.prototype;
                WebSocket.prototype.send = function (data) {
                  if (typeof data === 'string' && data.trim()) window.stompSent.push(data.trim().split('\\n')[0]);
                  return send.call(this, data);
                };
                WebSocket.prototype.close = function (...args) {
                  window.stompSent.push('(close)');
                  return close.apply(this, args);
                };
                """));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test starts as a new visitor would: nothing in this tab's sessionStorage nor in localStorage. */
    @BeforeEach
    void forgetEarlierVisits() {
        browser.get(url("/chat/chat.css")); // the same origin, without the widget
        browser.executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.manage().logs().get(LogType.BROWSER); // drains the log
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

    @Test
    void theInputFollowsWhatTheBotsQuestionAwaitsAndSuggestsPlacesOnlyForAPlace() {
        var wait = openChat();
        WebElement input = browser.findElement(By.id("chat-input"));
        assertThat(input.getAttribute("maxlength")).as("the server's limit, from chat/settings.js")
                .isEqualTo(String.valueOf(Utterance.MAX_TEXT_LENGTH));
        assertThat(input.getAttribute("data-expects")).isNull();

        chat(wait, "The streetlight is out");
        wait.until(d -> "place".equals(input.getAttribute("data-expects")));
        assertThat(input.getAttribute("placeholder")).isEqualTo("Street, crossing or landmark…");
        input.sendKeys("Gyeongan");
        wait.until(d -> !d.findElements(By.cssSelector("#place-suggestions .place-option")).isEmpty()
                && d.findElement(By.id("place-suggestions")).isDisplayed());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER); // picks the first place
        String place = input.getAttribute("value");
        assertThat(place).isNotBlank().isNotEqualTo("Gyeongan");
        input.sendKeys(Keys.ENTER);

        wait.until(d -> answered(place) && "time".equals(input.getAttribute("data-expects")));
        assertThat(input.getAttribute("placeholder")).startsWith("When?");
        assertThat(browser.findElement(By.id("place-suggestions")).isDisplayed()).isFalse();
    }

    @Test
    void theChatWorksWithoutViolatingTheContentSecurityPolicy() {
        var wait = openChat();
        chat(wait, "How do I get a resident registration certificate?");
        for (String lang : List.of("ko", "en")) {
            browser.findElement(By.cssSelector("[data-set-lang='" + lang + "']")).click();
        }
        WebElement input = browser.findElement(By.id("chat-input"));
        input.sendKeys("Where is Gyeongan-dong"); // place suggestions
        endChat(wait);
        browser.findElement(By.id("chat-restart")).click();
        wait.until(d -> !botMessages().isEmpty());
        chat(wait, "How do I get a resident registration certificate?");

        assertThat(cspViolationsReported()).isEmpty();
        assertThat(consoleMessages()).noneSatisfy(message -> assertThat(message)
                .containsAnyOf("Content Security Policy", "Refused to", "Uncaught"));

        // Both detectors see a violation when there is one: an inline style attribute is refused.
        browser.executeScript("document.body.setAttribute('style', 'outline: 1px solid red');");
        wait.until(d -> !cspViolationsReported().isEmpty());
        assertThat(cspViolationsReported()).anySatisfy(v -> assertThat(v).startsWith("style-src"));
        wait.until(d -> consoleMessages().stream().anyMatch(message -> message.contains("Content Security Policy")));
    }

    @Test
    void endingTheChatClearsItFromThePageAndFromTheBrowser() {
        var wait = openChat();
        chat(wait, "How do I get a resident registration certificate?");
        Map<String, Object> ended = conversationInTab();
        assertThat(ended).containsKeys("id", "token");

        browser.findElement(By.id("chat-end")).click();
        var confirmation = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText())
                .isEqualTo("End this chat? What you wrote will be cleared from this page and this browser.");
        confirmation.accept();

        WebElement notice = browser.findElement(By.id("chat-ended"));
        wait.until(d -> notice.getText().equals(ENDED_NOTICE));
        assertThat(notice.getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElements(By.cssSelector("#chat-log > *"))).isEmpty();
        assertThat(browser.findElement(By.id("chat-input")).getAttribute("value")).isEmpty();
        WebElement restart = browser.findElement(By.id("chat-restart"));
        assertThat(restart.isDisplayed()).isTrue();
        assertThat(restart.getText()).isEqualTo("Start a new chat");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("chat-restart");
        assertThat(browser.findElement(By.id("chat-end")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("chat-typing")).isDisplayed()).isFalse();
        assertNothingStoredAbout(ended);
        // The socket is let go of cleanly: a DISCONNECT frame, then close.
        wait.until(d -> stompSent().contains("(close)"));
        List<String> sent = stompSent();
        assertThat(sent).contains("DISCONNECT");
        assertThat(sent.subList(sent.indexOf("DISCONNECT"), sent.size())).containsExactly("DISCONNECT", "(close)");
        assertThat(sent.subList(0, sent.indexOf("DISCONNECT"))).contains("CONNECT", "SEND").doesNotContain("(close)");

        browser.navigate().refresh();
        wait.until(d -> !botMessages().isEmpty());
        assertThat(browser.findElements(By.cssSelector(".msg.citizen"))).isEmpty();
        assertThat(browser.findElement(By.id("chat-log")).getText()).doesNotContain("resident registration");
        assertThat(conversationInTab().get("id")).isNotEqualTo(ended.get("id"));
        assertThat(browser.findElement(By.id("chat-ended")).getText()).isEmpty();
    }

    @Test
    void writingAfterTheEndStartsANewConversationAndSoDoesStartANewChat() {
        var wait = openChat();
        chat(wait, "How do I get a resident registration certificate?");
        Object first = conversationInTab().get("id");
        endChat(wait);

        chat(wait, "The streetlight in front of Gyeongan Market is out");
        Object second = conversationInTab().get("id");
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(browser.findElement(By.id("chat-log")).getText()).doesNotContain("resident registration");
        assertThat(browser.findElement(By.id("chat-ended")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("chat-restart")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("chat-end")).isDisplayed()).isTrue();

        // In Korean, with the keyboard: the preference stays in localStorage, the conversation does not.
        browser.findElement(By.cssSelector("[data-set-lang='ko']")).click();
        assertThat(browser.executeScript("return localStorage.getItem('civic.chat.uiLang');")).isEqualTo("ko");
        WebElement end = browser.findElement(By.id("chat-end"));
        assertThat(end.getText()).isEqualTo("상담 종료");
        end.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        WebElement notice = browser.findElement(By.id("chat-ended"));
        wait.until(d -> notice.getText().startsWith("상담이 종료되었습니다."));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        WebElement restart = browser.switchTo().activeElement();
        assertThat(restart.getText()).isEqualTo("새 상담 시작");
        assertThat(browser.executeScript("return localStorage.getItem('civic.chat.uiLang');")).isEqualTo("ko");

        restart.sendKeys(Keys.ENTER);
        wait.until(d -> !botMessages().isEmpty());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("chat-input");
        assertThat(browser.findElements(By.cssSelector(".msg.citizen"))).isEmpty();
        assertThat(conversationInTab().get("id")).isNotNull().isNotIn(first, second);
    }

    @Test
    void theConversationIsKeptForTheTabOnlyAndAReloadRestoresIt() {
        var wait = openChat();
        chat(wait, "How do I get a resident registration certificate?");
        Map<String, Object> conversation = conversationInTab();
        assertThat(conversation.get("id")).asString().isNotBlank();
        assertThat(conversation.get("token")).asString().isNotBlank();
        assertThat(storage("localStorage").values()).noneSatisfy(value -> assertThat(value.toString())
                .containsAnyOf(conversation.get("id").toString(), conversation.get("token").toString()));
        int shown = browser.findElements(By.cssSelector("#chat-log .msg")).size();

        browser.navigate().refresh(); // the transcript is read back with the conversation's token
        wait.until(d -> answered("How do I get a resident registration certificate?"));
        assertThat(browser.findElements(By.cssSelector("#chat-log .msg"))).hasSize(shown);
        assertThat(botMessages().get(botMessages().size() - 1).getText()).contains("Government24");
        assertThat(browser.findElements(By.cssSelector("#chat-log .msg.system"))).isEmpty(); // no "expired"
        assertThat(conversationInTab()).isEqualTo(conversation);
    }

    @Test
    void aConversationLeftInLocalStorageByAnOlderVersionIsRemovedAndNotRestored() {
        var wait = openChat();
        chat(wait, "How do I get a resident registration certificate?");
        Map<String, Object> old = conversationInTab();
        browser.executeScript("localStorage.setItem(arguments[0], sessionStorage.getItem(arguments[0]));"
                + " sessionStorage.clear();", CONVERSATION_KEY);

        browser.navigate().refresh();
        wait.until(d -> !botMessages().isEmpty());
        assertThat(storage("localStorage")).doesNotContainKey(CONVERSATION_KEY);
        assertThat(browser.findElements(By.cssSelector(".msg.citizen"))).isEmpty();
        assertThat(conversationInTab().get("id")).isNotEqualTo(old.get("id"));
    }

    @Test
    void withoutAWebSocketMessagesGoOverRestWithTheConversationToken() {
        Map<String, Object> script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.WebSocket = class { constructor() { throw new Error('no WebSocket here'); } };"));
        try {
            var wait = openChat();
            Object id = conversationInTab().get("id");
            chat(wait, "How do I get a resident registration certificate?");
            assertThat(botMessages().get(botMessages().size() - 1).getText()).contains("Government24");
            // Without the token the server would not know the conversation: a new one would start, "expired".
            assertThat(browser.findElements(By.cssSelector("#chat-log .msg.system"))).isEmpty();
            assertThat(conversationInTab().get("id")).isEqualTo(id);
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait openChat() {
        browser.get(url("/"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !botMessages().isEmpty());
        return wait;
    }

    private static void chat(WebDriverWait wait, String text) {
        WebElement input = browser.findElement(By.id("chat-input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> answered(text));
    }

    private static void endChat(WebDriverWait wait) {
        browser.findElement(By.id("chat-end")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElement(By.id("chat-ended")).getText().equals(ENDED_NOTICE));
    }

    /** A citizen message the server confirmed, with an answer after it. */
    private static boolean answered(String text) {
        return Boolean.TRUE.equals(browser.executeScript("""
                return [...document.querySelectorAll('#chat-log .msg.citizen:not(.pending)')].some((m) =>
                    m.querySelector('.msg-text').textContent === arguments[0]
                    && m.nextElementSibling !== null && m.nextElementSibling.matches('.msg.bot'));
                """, text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> conversationInTab() {
        return (Map<String, Object>) browser.executeScript(
                "return JSON.parse(sessionStorage.getItem(arguments[0]));", CONVERSATION_KEY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> storage(String area) {
        return (Map<String, Object>) browser.executeScript("""
                const area = window[arguments[0]];
                return Object.fromEntries(Object.keys(area).map((key) => [key, area.getItem(key)]));
                """, area);
    }

    private static void assertNothingStoredAbout(Map<String, Object> conversation) {
        for (String area : List.of("sessionStorage", "localStorage")) {
            Map<String, Object> stored = storage(area);
            assertThat(stored).as(area).doesNotContainKey(CONVERSATION_KEY);
            assertThat(stored.values()).as(area).noneSatisfy(value -> assertThat(value.toString())
                    .containsAnyOf(conversation.get("id").toString(), conversation.get("token").toString()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> stompSent() {
        return (List<String>) browser.executeScript("return window.stompSent;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> cspViolationsReported() {
        return (List<String>) browser.executeScript("return window.cspViolations;");
    }

    private static List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    private static List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }
}
