package city.civic.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff in Debian's headless Chromium: signs in through the real form, opens back-office pages,
 * and saves screenshots (desktop and narrow window, English and Korean) under {@code target/screenshots/}.
 * Every page is checked for Content-Security-Policy violations.
 */
public final class StaffBrowser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension NARROW = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    private StaffBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    public static StaffBrowser open(int port) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=en-US");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                window.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(
                    `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`), true);
                """));
        driver.manage().window().setSize(DESKTOP);
        return new StaffBrowser(driver, port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Signs in through the sign-in form; lands on the back office home. */
    public StaffBrowser signIn(String username, String password) {
        driver.get(base + "/admin/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(ExpectedConditions.urlMatches(".*/admin/?$"));
        return this;
    }

    /** Opens a path of the server (e.g. {@code /admin/answers?lang=ko}) and checks it kept to the CSP. */
    public StaffBrowser go(String path) {
        driver.get(base + path);
        assertNoPolicyViolations();
        return this;
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks what the locator finds, again if a live update replaced the element in between. */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /**
     * Saves the page as {@code target/screenshots/<name>-<desktop|narrow>-<lang>.png} in both window sizes
     * and both staff languages (the page is reloaded with {@code ?lang=}), then goes back to English desktop.
     */
    public void screenshots(String name, String path) {
        for (String lang : List.of("en", "ko")) {
            for (Dimension size : List.of(DESKTOP, NARROW)) {
                driver.manage().window().setSize(size);
                go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                save(name + "-" + (size == DESKTOP ? "desktop" : "narrow") + "-" + lang);
            }
        }
        driver.manage().window().setSize(DESKTOP);
        go(path + (path.contains("?") ? "&" : "?") + "lang=en");
    }

    public Path save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page reported no refusal by its Content-Security-Policy, neither as an event nor in the console. */
    public void assertNoPolicyViolations() {
        Object violations = driver.executeScript("return window.cspViolations || []");
        assertThat((List<?>) violations).as("CSP violations on " + driver.getCurrentUrl()).isEmpty();
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getMessage().contains("Content Security Policy"))
                .as("CSP refusals in the console").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
