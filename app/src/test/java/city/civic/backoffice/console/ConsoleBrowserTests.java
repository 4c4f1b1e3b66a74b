package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.StaffRole;
import city.civic.backoffice.StaffBrowser;
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
 * An operator works the console in Chromium: the page is open, a citizen files a report in the chat, the ticket
 * appears without a reload, the operator sets its status with a note template, and the citizen then hears the
 * status and the note when asking by number. Screenshots: {@code console} and {@code ticket-detail}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsManager accounts;

    @Autowired
    PasswordEncoder passwords;

    StaffBrowser browser;

    @BeforeAll
    void signIn() {
        String operator = new ConsoleStaff(accounts, passwords, port).create("operator", StaffRole.OPERATOR);
        browser = StaffBrowser.open(port).signIn(operator, ConsoleStaff.PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTicketFiledInTheChatArrivesLiveIsWorkedWithATemplateAndTheCitizenHearsTheNote() {
        browser.go("/admin/console?lang=en");
        browser.find(By.cssSelector(".worklist[data-live=open]"));
        browser.driver().executeScript("window.consoleNeverReloaded = true;");

        Citizen citizen = new Citizen(port);
        Citizen.Filed filed = citizen.report(Citizen.SIGNAL_REPORT + " <b>please hurry</b>", null);

        WebElement card = browser.find(By.id("ticket-" + filed.ticketId()));
        assertThat(browser.driver().executeScript("return window.consoleNeverReloaded === true")).isEqualTo(true);
        assertThat(card.getText()).contains("City Hall Intersection", "<b>please hurry</b>", "[signal controller SIG-001");
        assertThat(browser.find(By.id("console-announce")).getAttribute("textContent")).contains(filed.ticketId());
        browser.assertNoPolicyViolations();

        card.findElement(By.linkText(filed.ticketId())).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/console/tickets/" + filed.ticketId()));
        new Select(browser.find(By.id("to"))).selectByValue("in_progress");
        assertThat(browser.driver().findElement(By.id("department")).isDisplayed()).as("only for assigned").isFalse();
        new Select(browser.find(By.id("template"))).selectByValue("in_progress.crew_sent");
        WebElement note = browser.find(By.id("note"));
        assertThat(note.getAttribute("value")).isEqualTo("A crew has been sent to the site.");
        note.sendKeys(" Expect it to work again by 6 pm.");
        browser.click(By.cssSelector("#status-form button[type=submit]"));

        browser.waitFor(ExpectedConditions.textToBe(By.id("ticket-status"), "In progress"));
        assertThat(browser.find(By.id("ticket-note")).getText())
                .isEqualTo("A crew has been sent to the site. Expect it to work again by 6 pm.");
        browser.assertNoPolicyViolations();

        String heard = citizen.askStatus("web", "en", "Any news on " + filed.ticketId() + "?");
        assertThat(heard).contains("being worked on", "A crew has been sent to the site. Expect it to work again by 6 pm.");

        browser.screenshots("console", "/admin/console");
        browser.screenshots("ticket-detail", "/admin/console/tickets/" + filed.ticketId());
    }
}
