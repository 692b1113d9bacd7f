package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The knowledge base learns from an agent, in a real headless Chromium against the whole application
 * and a fake Telegram Bot API: a member asks a question no article is sure of, the bot escalates it;
 * the agent answers with an article as a canned reply and resolves the ticket with it; the dashboard
 * lists the question as escalated with no article; a moderator finds it proposed (the member's markup
 * shown as text) and approves it, and from then on the engine matches that question to the article.
 * An agent is refused the review page, an admin reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class PhrasingReviewBrowserTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final long MEMBER = 7402;
    private static final String AGENT = "learn-agent";
    private static final String MODERATOR = "learn-moderator";
    private static final String PASSWORD = "learn-flow-password";
    private static final String ARTICLE = "sub-account";
    /** Words the articles do not use, and markup that must stay text on every page. */
    private static final String QUESTION =
            "Can my nephew trade under my login if I set him up separately? <script>alert(1)</script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:phrasing-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void anApprovedQuestionFromAResolvedTicketIsMatchedToItsArticleAtOnce() throws Exception {
        staff(AGENT, AccountRole.AGENT);
        staff(MODERATOR, AccountRole.MODERATOR);
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 61, MEMBER, "en", QUESTION));
        // The bot tells the member a person will answer; by then the ticket exists.
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo(Long.toString(MEMBER)).isEmpty());
        JsonNode ticket = json(FlowTestSupport.get(port, "/api/tickets", true).body()).get("content").get(0);
        assertThat(ticket.get("reason").asText()).isEqualTo("no-confident-answer");
        String number = ticket.get("number").asText();

        // The agent answers with the article as a canned reply, then resolves the ticket with it.
        signIn(AGENT);
        browser.open("/console/threads/" + ticket.get("threadId").asLong() + "?lang=en&kb=" + ARTICLE);
        browser.find("#canned li[data-article='" + ARTICLE + "'] a").click();
        assertThat(browser.find("#reply-article").getDomProperty("value")).isEqualTo(ARTICLE);
        browser.clickAndWait("#reply button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Reply queued");
        browser.open("/console/tickets/" + number + "?lang=en");
        assertThat(new Select(browser.find("#answer-article")).getFirstSelectedOption().getDomAttribute("value"))
                .as("the article the reply sent").isEqualTo(ARTICLE);
        browser.clickAndWait("#answer-form button[type=submit]");
        assertThat(browser.find("#learned").getText()).contains("proposed as a new phrasing");
        assertThat(browser.find("#ticket-status").getText()).contains("Resolved");

        browser.open("/console/dashboard?lang=en");
        assertThat(browser.find("#escalated-questions").getText()).contains(QUESTION, number);
        browser.open("/console/phrasings?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Not for this account");
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/console/phrasings']"))).isEmpty();

        signIn(MODERATOR);
        browser.open("/console/inbox?lang=en");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("a[href='/console/phrasings']")));
        assertThat(browser.find("#proposals").getText()).contains("How do I create and manage sub-accounts",
                ARTICLE, number, "answered by " + AGENT);
        assertThat(browser.find("#proposals textarea").getDomProperty("value")).isEqualTo(QUESTION);
        assertThat(matchedArticle()).as("before the approval").isNotEqualTo(ARTICLE + " auto");
        browser.clickAndWait(browser.find("#proposals button[form]"));
        assertThat(browser.find("[role=status]").getText()).contains("Added as a phrasing of " + ARTICLE);
        assertThat(browser.find("#proposals").getText()).contains("Nothing here");

        await().atMost(Duration.ofSeconds(30)).until(() -> matchedArticle().equals(ARTICLE + " auto"));

        signIn("admin", FlowTestSupport.ADMIN_PASSWORD);
        browser.open("/console/phrasings?lang=zh");
        assertThat(browser.find("h1").getText()).isEqualTo("待审核的问法");
    }

    /** The engine's best article for the question as a private Telegram message, and "auto" when it answers alone. */
    private String matchedArticle() throws Exception {
        JsonNode match = json(FlowTestSupport.get(port, "/api/kb/match?channel=telegram&private=true&text="
                + URLEncoder.encode(QUESTION, StandardCharsets.UTF_8), true).body());
        return match.path("articleKey").asText() + (match.path("autoAnswer").asBoolean() ? " auto" : "");
    }

    private void staff(String username, AccountRole role) {
        accounts.syncStaff(username, role, passwords.encode(PASSWORD), hash -> passwords.matches(PASSWORD, hash));
    }

    private void signIn(String username) {
        signIn(username, PASSWORD);
    }

    /** Signs in afresh: the previous account's session is dropped with its cookies. */
    private void signIn(String username, String password) {
        browser.open("/console/login");
        browser.driver.manage().deleteAllCookies();
        browser.open("/console/login?lang=en");
        browser.signIn(username, password);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
