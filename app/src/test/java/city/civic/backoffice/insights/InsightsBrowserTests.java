package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.backoffice.StaffBrowser;
import city.civic.chat.TurnApi;
import city.civic.security.StaffApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator (who holds every role) in headless Chromium: searches transcripts, opens one and reveals
 * it with a reason; reads the dashboard over a date range; creates a staff account. Saves the screenshots
 * {@code transcripts}, {@code transcript}, {@code dashboard}, {@code users} and {@code audit}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsBrowserTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @LocalServerPort
    int port;

    StaffBrowser browser;

    @BeforeAll
    void signIn() {
        browser = StaffBrowser.open(port).signIn(StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchTranscriptsOpenOneAndRevealItWithAReason() {
        var citizen = new TurnApi(port);
        String id = citizen.start("en");
        citizen.say(id, "How can I get a copy of my resident registration? My number is 010-3333-2222");
        String phone = citizen.start("ko");
        citizen.say(phone, "상담원이랑 통화하고 싶어요");

        browser.go("/admin/transcripts");
        type(browser.find(By.id("intent")), "faq");
        new Select(browser.find(By.id("outcome"))).selectByValue("answered");
        browser.click(By.id("search-button"));
        browser.waitFor(ExpectedConditions.urlContains("outcome=answered"));
        WebElement open = browser.find(By.cssSelector("a.open-transcript[href$='" + id + "']"));
        assertThat(browser.find(By.id("result-count")).getText()).contains("conversation");
        open.click();

        browser.waitFor(ExpectedConditions.urlContains("/admin/transcripts/" + id));
        browser.assertNoPolicyViolations();
        assertThat(browser.find(By.id("transcript-lines")).getText()).contains("[redacted]").doesNotContain("3333");
        assertThat(browser.find(By.id("transcript-outcome")).getText()).isEqualTo("Answered");
        type(browser.find(By.id("reason")), "Calling the citizen back about the certificate");
        browser.click(By.id("reveal-button"));

        assertThat(browser.find(By.id("revealed-notice")).getText()).contains("Calling the citizen back");
        assertThat(browser.find(By.id("transcript-lines")).getText()).contains("010-3333-2222");
        browser.assertNoPolicyViolations();

        browser.screenshots("transcripts", "/admin/transcripts?intent=faq&outcome=answered");
        browser.screenshots("transcript", "/admin/transcripts/" + id);
    }

    @Test
    void readTheDashboardOverADateRange() {
        var citizen = new TurnApi(port);
        citizen.say(citizen.start("en"), "How can I get a copy of my resident registration?");
        citizen.say(citizen.start("ko"), "상담원이랑 통화하고 싶어요");

        browser.go("/admin/dashboard");
        date(browser.find(By.id("from")), TODAY.minusDays(6));
        date(browser.find(By.id("to")), TODAY);
        browser.click(By.id("show-range"));

        browser.waitFor(ExpectedConditions.urlContains("from=" + TODAY.minusDays(6)));
        browser.assertNoPolicyViolations();
        assertThat(Long.parseLong(browser.find(By.id("figure-conversations")).getText())).isPositive();
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart title"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.find(By.id("range-note")).getText()).contains(TODAY.minusDays(6).toString());

        browser.screenshots("dashboard", "/admin/dashboard?from=" + TODAY.minusDays(6) + "&to=" + TODAY);
    }

    @Test
    void createAStaffAccountAsAnAdministrator() {
        String username = "park.seoyeon-" + Long.toHexString(System.nanoTime());

        browser.go("/admin/users");
        type(browser.find(By.id("username")), username);
        type(browser.find(By.id("displayName")), "Park Seoyeon");
        new Select(browser.find(By.id("department"))).selectByValue("welfare");
        browser.click(By.id("role-OFFICIAL"));
        browser.click(By.id("create-account"));

        String password = browser.find(By.id("generated-password")).getText();
        assertThat(browser.find(By.id("account-name")).getText()).isEqualTo(username);
        browser.assertNoPolicyViolations();
        assertThat(new StaffApi(port, username, password).get("/admin/api/stats").status()).isEqualTo(200);

        browser.screenshots("users", "/admin/users");
        browser.screenshots("audit", "/admin/audit?action=user.create");
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** A date typed as a person in an en-US Chromium does (month, day, year). */
    private static void date(WebElement field, LocalDate day) {
        field.sendKeys(DateTimeFormatter.ofPattern("MMddyyyy").format(day));
        assertThat(field.getAttribute("value")).isEqualTo(day.toString());
    }
}
