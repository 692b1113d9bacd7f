package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.secret.Hmac;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.mail.TestMailServer;
import io.switchboard.testing.browser.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live chat walked end to end in real headless Chromiums against the whole application: a visitor on a site that
 * embeds the widget ({@code /chat/demo}), an agent on the console's live page ({@code /console/live}), each in their
 * own browser, and neither page ever reloaded. Also who may open the live page, the visitor's way to an answer by
 * e-mail when nobody is online (a real SMTP server on 127.0.0.1 takes the mail), and the widget on long polling.
 * Screenshots go to {@code app/target/screenshots/livechat-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
// Closed afterwards: a cached context would keep reading the mailbox beside the next test class's.
@DirtiesContext
class LiveChatFlowTest {

    private static final TestMailServer MAIL = TestMailServer.start();

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static final String PASSWORD = "live-chat-password-1";
    private static final String IDENTITY_SECRET = "live-chat-flow-identity-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Set on a page once it is open: still there at the end, the page was never reloaded. */
    private static final String NOT_RELOADED = "window.liveChatFlowPage = true";
    private static final String STILL_THE_SAME_PAGE = "return window.liveChatFlowPage === true";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "live-chat");
        FlowTestSupport.email(registry, MAIL);
        registry.add("switchboard.webchat.identity-secret", () -> IDENTITY_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Agents agents;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    MemberRepository members;

    /** The visitor's browser, opened for each test by HeadlessChromium; an agent gets a browser of their own. */
    private Browser browser;

    @Test
    void aVisitorTheBotCouldNotHelpIsQueuedAfterVipsTakenAnsweredAndClosedByAnAgentWithoutAReload() throws Exception {
        String agent = staff(AccountRole.AGENT, "Lin Mei");
        agents.configure("test", agent, EnumSet.noneOf(TicketCategory.class), 5);
        agents.online("test", agent);
        try (Browser console = new Browser(port)) {
            console.open("/console/login?lang=en");
            signIn(console, agent);
            console.open("/console/live?lang=en");
            LiveChatPage live = new LiveChatPage(console, port);
            live.waitUntilLive();
            console.driver.executeScript(NOT_RELOADED);

            // The visitor asks; the bot answers with the article's card.
            ChatWidget widget = ChatWidget.open(browser, "en");
            browser.driver.executeScript(NOT_RELOADED);
            widget.say("How do I turn on two-factor authentication?");
            WebElement card = widget.waitFor(".msg.bot .card");
            assertThat(card.findElement(By.cssSelector("strong")).getText())
                    .contains("two-factor authentication");
            WebElement article = card.findElement(By.cssSelector("a"));
            assertThat(article.getText()).isEqualTo("Open article");
            assertThat(article.getDomAttribute("href")).contains("/help/articles/");
            widget.shot("livechat-en-laptop-1-answer");

            // It did not help: the visitor is queued, with a place in the queue.
            widget.press("❌ No");
            String queued = widget.waitForText(".msg.system", "in the queue");
            assertThat(queued).matches("(?s).*you are number \\d+ in the queue, about \\d+ min.*");
            widget.shot("livechat-en-laptop-2-queued");

            // A VIP asks for a person after them, and is first in the agent's queue, which updates by itself.
            String vip = vipVisitorAsksForAPerson();
            List<JsonNode> queue = live.waitForWaiting(2);
            assertThat(queue.get(0).get("visitor").asText()).isEqualTo(vip);
            assertThat(live.waitingBadges()).as("VIP badges of the queue, in its order")
                    .containsExactly(true, false);
            console.screenshot("livechat-console-1-queue");

            // The agent opens the visitor's chat, reads what the bot said, takes it and answers.
            JsonNode chat = queue.get(1);
            live.open(chat.get("id").asLong());
            String history = live.waitForFrames("two-factor authentication");
            assertThat(history).contains("How do I turn on two-factor authentication?");
            live.take();
            String reply = "Hi, I am Lin. <b>html</b> stays as you typed it.";
            live.reply(reply);
            widget.waitForText(".msg.system", "Lin Mei joined the chat.");
            WebElement answer = widget.waitFor(".msg.agent");
            assertThat(answer.findElement(By.cssSelector(".text")).getDomProperty("textContent"))
                    .as("the reply, as text").isEqualTo(reply);
            assertThat(answer.findElements(By.cssSelector("b"))).as("HTML in a reply").isEmpty();
            assertThat(answer.findElement(By.cssSelector(".author")).getText()).isEqualTo("Lin Mei");
            widget.shot("livechat-en-laptop-3-agent");
            browser.size(Browser.PHONE);
            widget.shot("livechat-en-phone-3-agent");
            browser.size(Browser.LAPTOP);

            // The visitor types: the agent sees it.
            widget.type("One more thing");
            live.waitForTyping();
            console.screenshot("livechat-console-2-chat");

            // The agent closes it as resolved: the ticket is resolved and the visitor reads that the chat ended.
            live.closeResolved();
            BrowserWaits.until(() -> "RESOLVED".equals(ticketStatus(chat.get("ticketNumber").asText())),
                    "the chat's ticket is resolved");
            widget.waitForText(".msg.system", "The chat has ended.");
            widget.shot("livechat-en-laptop-4-closed");
            assertThat(console.driver.executeScript(STILL_THE_SAME_PAGE)).as("the console's page was not reloaded")
                    .isEqualTo(true);
            assertThat(browser.driver.executeScript(STILL_THE_SAME_PAGE)).as("the visitor's page was not reloaded")
                    .isEqualTo(true);
            assertThat(javaScriptErrors(console)).as("JavaScript errors on the console's page").isEmpty();
        }
        assertThat(javaScriptErrors(browser)).as("JavaScript errors on the visitor's page").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, No agent is online right now., Thank you",
            "zh, 目前没有在线的客服。, 谢谢"})
    void withNobodyOnlineAVisitorWhoAsksForAPersonLeavesAnEmailAddress(String language, String nobody, String thanks)
            throws Exception {
        agents.list().stream().filter(AgentStatus::online)
                .forEach(status -> agents.offline("test", status.username()));

        ChatWidget widget = ChatWidget.open(browser, language);
        widget.askForAPerson();
        widget.waitForText(".msg.system", nobody);
        widget.shot("livechat-" + language + "-laptop-unstaffed");
        browser.size(Browser.PHONE);
        widget.shot("livechat-" + language + "-phone-unstaffed");
        browser.size(Browser.LAPTOP);
        String visitor = widget.visitorKey();

        widget.leaveAddress("not an address");
        assertThat(widget.waitFor(".msg.system form.address .form-note").getText()).as("a bad address is refused")
                .isNotEmpty();
        assertThat(visitors.find(visitor).map(ChatVisitor::email)).isEmpty();

        String address = "visitor-" + language + "@example.com";
        widget.leaveAddress(address);
        assertThat(widget.waitForText(".msg.system .form-note", thanks)).contains(address);
        assertThat(visitors.find(visitor).map(ChatVisitor::email)).contains(address);
        widget.shot("livechat-" + language + "-laptop-email-left");

        widget.askForTranscript(address);
        widget.waitFor(".transcript-slot .form-note");
        await("the transcript in the visitor's mailbox").atMost(Duration.ofSeconds(30))
                .until(() -> !MAIL.sentTo(address).isEmpty());
        assertThat(TestMailServer.plainText(MAIL.sentTo(address).get(0))).as("the transcript holds the conversation")
                .contains(ChatWidget.HUMAN.get(language));
        assertThat(javaScriptErrors(browser)).as("JavaScript errors on the visitor's page").isEmpty();
    }

    /** Where a proxy blocks WebSockets the widget long-polls, and the visitor still gets the bot's answer at once. */
    @Test
    void onLongPollingTheVisitorStillGetsTheBotsAnswerCard() {
        ChatWidget widget = ChatWidget.open(browser, "en", "&transport=poll");
        widget.say("How do I turn on two-factor authentication?");

        assertThat(widget.waitFor(".msg.bot .card strong").getText()).contains("two-factor");
        Object polled = browser.driver.executeScript("return performance.getEntriesByType('resource')"
                + ".some(entry => entry.name.includes('/api/chat/frames'))");
        assertThat(polled).as("the widget asked /api/chat/frames for what is new").isEqualTo(true);
        assertThat(javaScriptErrors(browser)).as("JavaScript errors on the visitor's page").isEmpty();
    }

    /** The web chat is a private chat with the bot: "is this really the exchange?" is answered there as in Telegram. */
    @Test
    void aVisitorChecksANumberAndALookalikeSiteInTheChat() {
        ChatWidget widget = ChatWidget.open(browser, "en");
        widget.say("/verify (400) 123 4567");

        assertThat(widget.waitForText(".msg.bot", "Official: Support hotline (Mainland China)"))
                .contains("Region: Mainland China", "Hours: 24/7", "Only trust channels listed at");

        widget.say("/verify https://novaex.com.security-check.io/login");
        assertThat(widget.waitForText(".msg.bot", "NOT official"))
                .contains("It puts our name (novaex.com) inside someone else's address.", "Do not send money");
        assertThat(javaScriptErrors(browser)).as("JavaScript errors on the visitor's page").isEmpty();
    }

    /** The live page is the staff's: every staff role works on it, a member and an anonymous reader are refused. */
    @Test
    void theLivePageIsForStaffOnly() throws Exception {
        browser.open("/console/live?lang=en");
        assertThat(browser.driver.getCurrentUrl()).as("an anonymous reader is sent to sign in").contains("/console/login");

        String member = "live-member-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(member, "Live Member", passwords.encode(PASSWORD));
        browser.open("/forum/login?lang=en");
        signIn(browser, member);
        browser.open("/console/live?lang=en");
        assertThat(status(browser)).as("a member on the live page").isEqualTo(403);
        assertThat(browser.driver.findElements(By.id("live"))).isEmpty();
        assertThat(FlowTestSupport.getAs(port, "/api/live-chats", member, PASSWORD).statusCode())
                .as("a member on the live chats' API").isEqualTo(403);

        for (AccountRole role : List.of(AccountRole.AGENT, AccountRole.MODERATOR, AccountRole.ADMIN)) {
            browser.driver.manage().deleteAllCookies();
            String username = staff(role, "Live " + role.name().toLowerCase());
            browser.open("/console/login?lang=en");
            signIn(browser, username);
            browser.open("/console/live?lang=en");
            assertThat(status(browser)).as(role + " on the live page").isEqualTo(200);
            assertThat(browser.find("#live h1").getText()).as(role + " on the live page").isEqualTo("Live chat");
            assertThat(browser.find("a[href='/console/live']").getText()).as(role + "'s menu").contains("Live chat");
        }
    }

    /**
     * An identified visitor (as the embedding site vouches for its signed-in users) says hello, which makes them a
     * member; staff mark that member VIP; then the visitor asks for a person. Over the chat's HTTP API, as the widget
     * does when it long-polls: the test's second visitor needs no third browser.
     *
     * @return the VIP's visitor key
     */
    private String vipVisitorAsksForAPerson() throws Exception {
        String userId = "vip-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = Hmac.sha256Hex(IDENTITY_SECRET.getBytes(StandardCharsets.UTF_8), userId);
        JsonNode session = json(FlowTestSupport.postJson(port, "/api/chat/session", JSON.writeValueAsString(Map.of(
                "userId", userId, "userHash", hash, "name", "Vera Vip", "lang", "en"))), 200);
        String token = session.get("token").asText();
        String visitor = session.get("visitor").asText();
        chatMessage(token, 1, "Hello");
        long member = BrowserWaits.value(() -> members.findByChannelAndPlatformId(Channel.WEBCHAT, visitor),
                "the VIP visitor is a member").getId();
        json(FlowTestSupport.sendAsStaff(port, "PUT", "/api/members/" + member + "/vip", "{\"vip\":true}"), 200);
        chatMessage(token, 2, "Talk to a human");
        return visitor;
    }

    private void chatMessage(String token, int seq, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "clientId", "c-vip-" + seq, "seq", seq, "text", text))))
                .build();
        json(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    }

    private String ticketStatus(String number) throws Exception {
        return json(FlowTestSupport.get(port, "/api/tickets/" + number, true), 200).get("status").asText();
    }

    private static JsonNode json(HttpResponse<String> response, int expected) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " answered " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    /** A staff account of that role, with the test's password; its username. */
    private String staff(AccountRole role, String displayName) {
        String username = "live-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(username, displayName, role, passwords.encode(PASSWORD));
        return username;
    }

    private static void signIn(Browser browser, String username) {
        browser.signIn(username, PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).as(username + " signed in").doesNotContain("/login");
    }

    private static long status(Browser browser) {
        return (Long) browser.driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus");
    }

    /** What the browser logged as errors since the last call: scripts that failed, requests that did. */
    private static List<String> javaScriptErrors(Browser browser) {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
