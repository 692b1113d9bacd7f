package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import io.switchboard.testing.mail.TestMailServer;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Request a call back" walked end to end in a real headless Chromium against the whole application: a member
 * signed into the help center asks from the contact page to be called about an account-security emergency and is
 * shown which official number will call; the pipeline opens an URGENT ticket; the agent signs into the console,
 * finds it in the phone queue with the number masked, opens it, sees the whole number and logs the call, which is
 * listed with the agent's name. A visitor who is not signed in is asked to confirm their address first: the request
 * is filed only when they open the link mailed to them (read here from its outbox entry), and only once.
 * Screenshots go to {@code app/target/screenshots/callback-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class CallBackJourneyBrowserTest {

    private static final String PASSWORD = "callback-password-1";
    private static final TestMailServer MAIL = TestMailServer.start();
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("(/contact/callback/confirm/\\S+)");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:callback-journey;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.admin.password", () -> FlowTestSupport.ADMIN_PASSWORD);
        FlowTestSupport.email(registry, MAIL);
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

    @Autowired
    OutboxRepository outbox;

    @Autowired
    CallBackRequestRepository callBacks;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void aMemberAsksForACallAndTheAgentFindsItInThePhoneQueueAndLogsTheCall() {
        accounts.register("callback-member", "Li Wei", passwords.encode(PASSWORD));
        accounts.syncStaff("callback-agent", AccountRole.AGENT, passwords.encode(PASSWORD),
                hash -> passwords.matches(PASSWORD, hash));
        agents.configure("test", "callback-agent", EnumSet.of(TicketCategory.ACCOUNT_SECURITY), 5);
        agents.online("test", "callback-agent");

        // The member: signs in, goes from the contact page to the form, asks to be called.
        browser.open("/help/login?lang=zh");
        signIn("callback-member", "form.help-stack");
        browser.open("/contact?lang=zh");
        browser.clickAndWait("a.callback-link");
        assertThat(browser.find("h1").getText()).isEqualTo("预约回电");
        browser.type("#phone", "138 0013 8000");
        new Select(browser.find("#language")).selectByValue("zh");
        new Select(browser.find("#time")).selectByValue("EVENING");
        new Select(browser.find("#reason")).selectByValue("SECURITY_EMERGENCY");
        browser.type("#description", "有人改了我的二次验证手机号");
        browser.screenshot("callback-form-zh");
        browser.clickAndWait("#callback-form button[type=submit]");
        assertThat(browser.find(".calling-line .number").getText()).startsWith("+86 400 123 4567");
        browser.screenshot("callback-filed-zh");
        long request = Long.parseLong(URI.create(browser.driver.getCurrentUrl()).getPath()
                .replaceAll(".*/contact/callback/(\\d+)/filed$", "$1"));

        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> ticketOf(request), Optional::isPresent).get();
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.URGENT);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.ACCOUNT_SECURITY);

        // The agent: the phone queue shows the ticket with the number masked; the ticket shows it whole.
        browser.driver.manage().deleteAllCookies();
        browser.open("/console/tickets?lang=en");
        signIn("callback-agent", "form.stack");
        browser.find("input[name=phone]").click();
        browser.clickAndWait("form.filters button[type=submit]");
        WebElement row = browser.find("tr[data-ticket='" + ticket.getNumber() + "']");
        assertThat(row.findElement(By.cssSelector(".badge.phone")).getText()).isEqualTo("☎ +86 138 **** 8000");
        assertThat(row.getText()).contains("Urgent");
        assertThat(browser.find("#ticket-list").getText()).doesNotContain("0013");
        browser.screenshot("callback-console-queue-en");
        browser.clickAndWait(row.findElement(By.cssSelector("a")));
        assertThat(browser.find("#call-back-number").getText()).isEqualTo("+86 138 0013 8000");
        assertThat(browser.find("#ticket-call-back").getText()).contains("Account security emergency", "Chinese",
                "Evening (18:00-21:00)");
        new Select(browser.find("#call-outcome")).selectByValue("REACHED");
        browser.type("#call-minutes", "6");
        browser.type("#call-notes", "Confirmed identity, froze withdrawals, reset 2FA.");
        browser.clickAndWait("#log-call button[type=submit]");
        assertThat(browser.find("#call-log").getText()).contains("callback-agent", "Reached", "6",
                "Confirmed identity, froze withdrawals, reset 2FA.");
        assertThat(browser.find("#ticket-history").getText()).contains("Reached, 6 min");
        long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
        browser.size(new Dimension(Browser.LAPTOP.getWidth(), (int) height));
        browser.screenshot("callback-console-ticket-en");
    }

    @Test
    void aVisitorsCallBackIsFiledWhenTheyOpenTheLinkMailedToThem() {
        String email = "callback-visitor@example.org";
        browser.open("/contact/callback?lang=en");
        assertThat(browser.find(".help-callback .help-hint").getText()).contains("We will mail you a link");
        browser.type("#phone", "+65 8123 4567");
        new Select(browser.find("#language")).selectByValue("en");
        new Select(browser.find("#time")).selectByValue("AFTERNOON");
        new Select(browser.find("#reason")).selectByValue("FAILED_TRANSACTION");
        browser.type("#description", "My withdrawal failed twice.");
        browser.type("#email", email);
        browser.clickAndWait("#callback-form button[type=submit]");
        assertThat(browser.find("#callback-sent").getText()).contains("Check your e-mail to confirm",
                "We will only call after you confirm.");
        browser.screenshot("callback-visitor-sent-en");

        OutboxEntry mail = outbox.findAll().stream().filter(entry -> entry.getChatId().equals(email)
                && entry.getDecisionKey().startsWith("help-mail:callback-confirm:")).findFirst().orElseThrow();
        assertThat(mail.getText()).contains("+65 **** 4567", "We will only call after you confirm.");
        Matcher link = CONFIRMATION_LINK.matcher(mail.getText());
        assertThat(link.find()).isTrue();

        long callBacksBefore = callBacks.count();
        browser.open(link.group(1));
        assertThat(callBacks.count()).as("opening the link files nothing: a mail scanner opens links too")
                .isEqualTo(callBacksBefore);
        browser.screenshot("callback-visitor-confirm-en");
        browser.clickAndWait("#callback-confirm button[type=submit]");
        assertThat(browser.find(".calling-line .number").getText()).startsWith("+65 6123 4567");
        browser.screenshot("callback-visitor-filed-en");
        long request = Long.parseLong(URI.create(browser.driver.getCurrentUrl()).getPath()
                .replaceAll(".*/contact/callback/(\\d+)/filed$", "$1"));
        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> ticketOf(request), Optional::isPresent).get();
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);

        browser.open(link.group(1));
        browser.clickAndWait("#callback-confirm button[type=submit]");
        assertThat(browser.find("#callback-unconfirmed").getText()).contains("was already used");
        assertThat(callBacks.count()).as("filed once: the second opening files nothing").isEqualTo(callBacksBefore + 1);
    }

    private void signIn(String username, String form) {
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.clickAndWait(form + " button[type=submit]");
        assertThat(browser.driver.getCurrentUrl()).as(username + " signed in").doesNotContain("/login");
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
