package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.TestAnswerEngine;
import io.switchboard.core.account.Account;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The request pages in a real headless Chromium: the form offers each category's sections, shows the fields of
 * the chosen one's category and, while the
 * subject is typed, the articles that may answer it; a visitor files with a photo and follows the signed
 * link; a member signs in, files, reads the support team's answer and marks the request solved. The router
 * is not part of the help center's tests: the ticket and the answer are written as it writes them.
 * Screenshots in Chinese and English go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class RequestBrowserTest {

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Autowired
    RequestFixtures fixtures;

    @Autowired
    RecordingInboundPort port;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    TestAnswerEngine engine;

    @AfterEach
    void engineSuggestsNothingAgain() {
        engine.suggest();
    }

    @Test
    void aVisitorSeesSuggestionsFilesWithAPhotoAndFollowsTheLink() throws Exception {
        knowledge.create(new ArticleContent("browser-order-price", TicketCategory.TRADING, List.of(),
                Map.of("en", new ArticleText("Why did my order fill at <b>another</b> price?", "Slippage.", List.of()),
                        "zh", new ArticleText("为什么订单成交价不同？", "滑点。", List.of()))), "test");
        engine.suggest(new Suggestion("browser-order-price", 0.6));
        Path photo = Files.createTempFile("screenshot", ".png");
        Files.write(photo, RequestFixtures.png());

        browser.open("/help/requests/new?lang=en");
        Select topic = new Select(browser.find("#category"));
        topic.selectByVisibleText("Withdrawals");
        assertThat(browser.find("[data-field=txid]").isDisplayed()).as("a deposit or withdrawal section's fields").isTrue();
        assertThat(browser.find("[data-field=orderId]").isDisplayed()).isFalse();
        topic.selectByValue("trading/futures");
        assertThat(browser.find("[data-field=orderId]").isDisplayed()).isTrue();
        assertThat(browser.find("[data-field=txid]").isDisplayed()).as("only the category's fields").isFalse();
        browser.type("#subject", "My order filled at a strange price");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(shown -> browser.find("#suggestions").isDisplayed());
        assertThat(browser.find("#suggestions li a").getText()).as("a title is text")
                .isEqualTo("Why did my order fill at <b>another</b> price?");
        browser.type("#orderId", "77120");
        browser.type("#description", "Bought at 1.20, the chart never went there. <script>window.pwned=1</script>");
        browser.find("#files").sendKeys(photo.toString());
        browser.type("#email", "visitor-browser@example.com");
        browser.screenshot("help-request-form-en");
        browser.clickAndWait("#request-form button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Request received");
        String link = browser.find("#tracking-link").getText();
        browser.screenshot("help-request-filed-en");
        InboundMessage filed = port.handedIn().get(port.handedIn().size() - 1);
        assertThat(filed.request().suggestedArticles()).as("the article shown is recorded")
                .containsExactly("browser-order-price");
        assertThat(filed.request().category()).isEqualTo(TicketCategory.TRADING);
        assertThat(filed.request().fields()).as("the section chosen, for the agent")
                .containsEntry("section", "futures").containsEntry("order id", "77120");
        assertThat(filed.attachments()).hasSize(1);

        browser.open(URI.create(link).getPath() + "?lang=zh");
        assertThat(browser.find("h1").getText()).isEqualTo("My order filled at a strange price");
        assertThat(browser.find(".help-status").getText()).isEqualTo("已收到，正在受理");
        assertThat(browser.driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
        browser.size(Browser.PHONE);
        browser.screenshot("help-request-tracked-zh");
    }

    @Test
    void aMemberSignsInFilesReadsTheAnswerAndMarksTheRequestSolved() {
        Account member = fixtures.member();

        browser.open("/help/login?lang=zh");
        browser.screenshot("help-login-zh");
        browser.type("#username", member.getUsername());
        browser.type("#password", "secret-password");
        browser.clickAndWait("form.help-stack button[type=submit]");
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/help/my/requests");

        browser.open("/help/requests/new?category=account-security&lang=en");
        assertThat(new Select(browser.find("#category")).getFirstSelectedOption().getText())
                .as("a category page's link: the whole category").isEqualTo("Account and security: another question");
        assertThat(browser.driver.findElements(By.id("email"))).as("a member gives no address").isEmpty();
        browser.type("#subject", "Cannot turn off 2FA");
        browser.type("#description", "The code is always refused.");
        browser.clickAndWait("#request-form button[type=submit]");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Follow your request")));
        String page = URI.create(browser.driver.getCurrentUrl()).getPath();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        HelpRequest request = new HelpRequest(id, member.getId(), null, "request:" + id,
                TicketCategory.ACCOUNT_SECURITY, "Cannot turn off 2FA", null, "en");
        Ticket ticket = fixtures.ticketFor(request, "The code is always refused.", null);
        fixtures.staffReply(ticket, "Your phone's clock was off: set it to automatic time and try again.", true);
        browser.open(page + "?lang=en");
        assertThat(browser.find(".help-from-staff .help-message-text").getText()).startsWith("Your phone's clock");
        browser.screenshot("help-request-answered-en");

        browser.clickAndWait("#solve-form button");
        assertThat(browser.find(".help-status").getText()).isEqualTo("Solved");
        assertThat(browser.find(".help-solution .help-message-text").getText()).startsWith("Your phone's clock");
        assertThat(fixtures.ticket(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
        browser.open("/help/my/requests?lang=zh");
        assertThat(browser.find(".help-requests tbody").getText()).contains("Cannot turn off 2FA", "已解决");
        browser.screenshot("help-my-requests-zh");
    }
}
