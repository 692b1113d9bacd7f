package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The help center walked end to end in a real headless Chromium against the whole application, as its
 * users walk it, once in Chinese and once in English: a member searches, opens the article, says it did
 * not help and files a request from it with a screenshot; the request is a web ticket in its category,
 * assigned to the agent with the skill; the agent finds it in the console, sees the screenshot, answers
 * from the thread; the member reads the answer under "my requests" and marks the request solved, which
 * resolves the ticket. Screenshots of every page go to {@code app/target/screenshots/journey-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class HelpCenterJourneyBrowserTest {

    private static final String PASSWORD = "journey-password-1";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:help-journey;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.admin.password", () -> FlowTestSupport.ADMIN_PASSWORD);
    }

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Agents agents;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TransactionTemplate tx;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "zh, 充值没到账, 充值一直没到账, 已解决, 已解决",
            "en, deposit not arrived, deposit hasn't arrived, Solved, Solved"})
    void aMemberFindsNoAnswerFilesARequestWithAScreenshotAndReadsTheAgentsAnswer(String language, String query,
            String articleTitle, String solvedWord, String solvedStatus) throws Exception {
        String member = "journey-member-" + language;
        String agent = "journey-agent-" + language;
        accounts.register(member, "Journey " + language, passwords.encode(PASSWORD));
        accounts.syncStaff(agent, AccountRole.AGENT, passwords.encode(PASSWORD), hash -> passwords.matches(PASSWORD, hash));
        agents.configure("test", agent, EnumSet.of(TicketCategory.DEPOSIT_WITHDRAWAL), 5);
        agents.online("test", agent);

        // The member: signs in, searches, opens the article, says it did not help, files a request from it.
        browser.open("/help/login?lang=" + language);
        signIn(member, "form.help-stack");
        browser.open("/help?lang=" + language);
        shot("journey-home-" + language);
        browser.type("#home-q", query);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(suggested ->
                !browser.driver.findElements(By.cssSelector("#home-q-suggestions [role=option]")).isEmpty());
        shot("journey-home-suggestions-" + language);
        browser.clickAndWait("form.big-search button[type=submit]");
        shot("journey-search-" + language);
        WebElement result = browser.driver.findElements(By.cssSelector("main a[href*='/help/articles/deposit-missing']"))
                .stream().findFirst().orElseThrow(() -> new AssertionError("the deposit article is not among the results: "
                        + browser.find("main").getText()));
        browser.clickAndWait(result);
        assertThat(browser.find("h1").getText()).contains(articleTitle);
        browser.find("form.vote-form button[value=false]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(shown -> browser.find(".vote-sorry").isDisplayed());
        shot("journey-article-no-" + language);
        browser.clickAndWait(browser.find(".vote-sorry a.request-link"));

        assertThat(browser.find("#category").getDomProperty("value")).as("the article's section").isEqualTo(
                "deposit-withdrawal/deposits");
        browser.type("#subject", "USDT " + query);
        browser.type("#txid", "0x7f3c9a1e" + language);
        browser.type("#coin", "USDT (TRC20)");
        browser.type("#description", "250 USDT, 3h. <script>window.pwned=1</script>");
        browser.find("#files").sendKeys(screenshotFile().toString());
        shot("journey-form-" + language);
        browser.clickAndWait("#request-form button[type=submit]");
        shot("journey-filed-" + language);
        String confirmation = URI.create(browser.driver.getCurrentUrl()).getPath();
        long request = Long.parseLong(confirmation.replaceAll(".*/help/requests/(\\d+)/filed$", "$1"));

        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> ticketOf(request), Optional::isPresent).get();
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);
        assertThat(ticket.getReason()).isEqualTo("request-filed");
        assertThat(ticket.getAssignee()).as("the online agent with the deposits skill").isEqualTo(agent);

        // The agent: finds the ticket in the console, sees the screenshot, answers from the thread.
        browser.driver.manage().deleteAllCookies();
        browser.open("/console/tickets?lang=" + language);
        signIn(agent, "form.stack");
        browser.clickAndWait(browser.driver.findElement(By.partialLinkText("USDT " + query)));
        WebElement thumbnail = browser.find("a.thumbnail img");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(loaded ->
                (Long) browser.driver.executeScript("return arguments[0].naturalWidth", thumbnail) > 0);
        assertThat(browser.find("main").getText()).contains("0x7f3c9a1e" + language);
        shot("journey-console-ticket-" + language);
        browser.clickAndWait(browser.find("a[href*='/console/threads/']"));
        String answer = "journey answer " + language + ": the deposit needed 20 confirmations.";
        browser.type("#reply-text", answer);
        browser.clickAndWait("#reply button[type=submit]");
        shot("journey-console-replied-" + language);

        // The member: reads the answer under "my requests" and marks the request solved.
        browser.driver.manage().deleteAllCookies();
        browser.open("/help/login?lang=" + language);
        signIn(member, "form.help-stack");
        browser.clickAndWait(browser.driver.findElement(By.partialLinkText("USDT " + query)));
        String page = URI.create(browser.driver.getCurrentUrl()).getPath();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(delivered -> {
            browser.open(page + "?lang=" + language);
            return browser.find("main").getText().contains(answer);
        });
        assertThat(browser.driver.executeScript("return window.pwned === undefined")).as("script is inert").isEqualTo(true);
        assertThat(browser.find("main").getText()).contains("250 USDT, 3h. <script>window.pwned=1</script>");
        shot("journey-answered-" + language);
        browser.clickAndWait("#solve-form button");
        assertThat(browser.find(".help-status").getText()).isEqualTo(solvedStatus);
        shot("journey-solved-" + language);
        assertThat(ticketOf(request).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        browser.open("/help/my/requests?lang=" + language);
        assertThat(browser.find(".help-requests tbody").getText()).contains("USDT " + query, solvedWord);
        shot("journey-my-requests-" + language);
    }

    private void signIn(String username, String form) {
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.clickAndWait(form + " button[type=submit]");
        assertThat(browser.driver.getCurrentUrl()).as(username + " signed in").doesNotContain("/login");
    }

    /** The whole page, whatever its length, at a laptop's width. */
    private void shot(String name) {
        long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
        browser.size(new Dimension(Browser.LAPTOP.getWidth(), (int) Math.max(Browser.LAPTOP.getHeight(), height)));
        browser.screenshot(name);
        browser.size(Browser.LAPTOP);
    }

    /** A small PNG, as a phone's screenshot of the wallet would be. */
    private static Path screenshotFile() throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 60, 40);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path file = Files.createTempFile("wallet", ".png");
        Files.write(file, png.toByteArray());
        return file;
    }

    private Optional<Ticket> ticketOf(long request) {
        return tx.execute(status -> {
            List<SupportThread> thread = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEB,
                    "request:" + request);
            return thread.isEmpty() ? Optional.<Ticket>empty()
                    : tickets.findByThreadInOrderByIdAsc(thread).stream().findFirst();
        });
    }
}
