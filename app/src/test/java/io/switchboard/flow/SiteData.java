package io.switchboard.flow;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import io.switchboard.testing.facebook.FacebookWebhooks;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.mail.TestMailServer;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A day of a busy installation, written through the application's own doors, so that every list
 * page of the forum and the console has rows and every kind of detail page has something to show:
 * staff of each role and forum members; forum topics with a bot answer, a ticket notice and an
 * agent's reply, a hidden reply, a flag, a held first post, a locked and pinned topic; support
 * threads from Telegram (private and group), X, Facebook and e-mail; guard decisions on a phishing post
 * and an impersonator; a {@code /report}; tickets in every status with history; announcements in
 * Chinese and English, one scheduled, one retracted; and the audit lines all of that leaves.
 * A seeding step that the application refuses fails at once with its answer: that is a broken
 * test set-up, not a finding of the page walk.
 */
final class SiteData {

    static final String STAFF_PASSWORD = "site-walk-staff-password";
    static final String MEMBER_PASSWORD = "site-walk-member-password";
    static final String ADMIN = "admin";
    static final String MODERATOR = "mia";
    static final String AGENT = "dana";
    static final String MEMBER = "alice-w";
    /** Short, so that a reply held back by the outage expires while the data is seeded. */
    static final String TELEGRAM_STALE_AFTER = "8s";

    private static final String GROUP = Long.toString(TelegramUpdates.GROUP_CHAT_ID);
    private static final String FACEBOOK_POST = FakeGraphServer.PAGE_ID + "_4000000004";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final FakeTelegramServer telegram;
    private final FakeXServer x;
    private final TestMailServer mail;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The e-mail thread's console page, once seeded. */
    private String emailThreadPage;

    SiteData(int port, FakeTelegramServer telegram, FakeXServer x, TestMailServer mail) {
        this.port = port;
        this.telegram = telegram;
        this.x = x;
        this.mail = mail;
    }

    void seed() throws Exception {
        // the platforms' messages first: the pipeline works on them while the rest is written
        telegram();
        xAndFacebook();
        email();
        staff();
        members();
        forum();
        tickets();
        announcements();
        helpCenter();
        awaitPipeline();
        telegramOutage();
    }

    /** The console page of the e-mail thread, with its "Whole e-mail", which the walk must not leave out. */
    String emailThreadPage() {
        return emailThreadPage;
    }

    /**
     * Telegram goes down for the rest of the walk, and a question asked then waits: its reply is
     * retried behind the paused platform, then too old to send (the walk's stale-after is short) and
     * handed to staff, so the delivery page, the thread and the ticket show every state of it.
     */
    private void telegramOutage() {
        telegram.failSendsFor(Duration.ofMinutes(30), FakeTelegramServer.serverError());
        long update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.privateText(update, 12, 7010, "zh", "提现一直在处理中，怎么办？"));
        await().atMost(Duration.ofSeconds(60)).until(() -> list(asAdmin("GET", "/api/outbox?status=EXPIRED", null, 200))
                .size() >= 1);
    }

    private void staff() throws Exception {
        asAdmin("POST", "/api/staff", Map.of("username", MODERATOR, "displayName", "Mia Zhang", "role", "moderator",
                "password", STAFF_PASSWORD), 201);
        asAdmin("POST", "/api/staff", Map.of("username", AGENT, "displayName", "Dana Li", "role", "agent",
                "password", STAFF_PASSWORD), 201);
        asAdmin("POST", "/api/staff", Map.of("username", "lee", "displayName", "Lee Chen", "role", "agent",
                "password", STAFF_PASSWORD), 201);
        asAdmin("PUT", "/api/agents/lee", Map.of("skills", List.of("TRADING"), "capacity", 3), 200);
        send(AGENT, STAFF_PASSWORD, "POST", "/api/agents/" + AGENT + "/online", null, 200);
    }

    private void members() throws Exception {
        for (String[] member : new String[][] {{MEMBER, "Alice Wang"}, {"bob-t", "Bob Tan"}, {"newbie-c", "Chen Xin"}}) {
            send(null, null, "POST", "/api/forum/members",
                    Map.of("username", member[0], "displayName", member[1], "password", MEMBER_PASSWORD), 201);
        }
    }

    private void forum() throws Exception {
        // a question the knowledge base answers: the bot's official answer
        startTopic(MEMBER, "help", "How do I reset my 2FA?", "I lost my phone with the authenticator app.");
        // one it does not: a ticket, the bot's notice, then (below) an agent's reply under the agent's name
        long escalated = startTopic("bob-t", "help", "Why was my nickname change request rejected?",
                "I asked yesterday to change my nickname and it was refused. Please check my profile.").get("topicId").asLong();

        long market = startTopic(MEMBER, "market-talk", "Weekly outlook for the majors",
                "Volumes were thin this week; I expect a range until the next rate decision.").get("topicId").asLong();
        // off topic rather than a scam, so that the scam guard leaves it to the member who flags it
        long offTopic = reply("bob-t", market, "Does anyone know a good noodle place near the Singapore office?");
        reply(MEMBER, market, "Thanks, that matches what I see on the daily chart.");
        long rude = reply("bob-t", market, "Only fools trade ranges.");
        send(MEMBER, MEMBER_PASSWORD, "POST", "/api/forum/posts/" + offTopic + "/flags",
                Map.of("reason", "off-topic", "note", "not about the market"), 201);
        moderate("/api/forum/moderation/posts/" + rude + "/hide", Map.of("reason", "insulting other members"));
        moderate("/api/forum/moderation/topics/" + market + "/pin", Map.of("reason", "weekly thread"));
        moderate("/api/forum/moderation/topics/" + market + "/lock", Map.of("reason", "the week is over"));

        // a new member's first post with a link waits for a moderator
        JsonNode held = startTopic("newbie-c", "trading-tips", "A grid bot tutorial",
                "I wrote a guide on [my blog](https://grid-tips.example.net/guide) about grid bots.");
        require(held, "HELD".equals(held.path("status").asText()), "a new member's first post with a link is held");

        long thread = awaitThread("forum", t -> t.path("conversationKey").asText().equals("topic:" + escalated)
                && !t.path("ticketNumber").isNull()).get("id").asLong();
        send(AGENT, STAFF_PASSWORD, "POST", "/api/threads/" + thread + "/replies",
                Map.of("text", "We checked: nicknames need **7 days** between changes. You can change it again on Friday."),
                202);
    }

    private void telegram() {
        long update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.privateText(update, 11, 7001, "zh", "我的谷歌验证器丢了，怎么重置二次验证？"));
        update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.groupMention(update, 201, 7002, "Wei", "wei_trader",
                "I want to talk to a human agent about my frozen account"));
        update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.memberJoined(update, 7003, "Ｎ0vaEx Support", "novaex_helpdesk_247"));
        update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.groupText(update, 202, 7004,
                "Withdrawals are frozen! Verify your wallet at https://novaex-verify.com/login to unlock it"));
        update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.groupText(update, 203, 7005, "cheap followers for your channel, ask me"));
        update = telegram.nextUpdateId();
        telegram.publish(update, TelegramUpdates.groupReport(update, 204, 7006, 203, 7005,
                "cheap followers for your channel, ask me"));
    }

    private void xAndFacebook() throws Exception {
        x.publishMention(XFixtures.mention("1850000000000000101", XFixtures.ANNA_ID,
                "@" + XFixtures.ACCOUNT_HANDLE + " How do I enable 2FA on my account?"));
        x.publishMention(XFixtures.mention("1850000000000000102", XFixtures.BOB_ID,
                "@" + XFixtures.ACCOUNT_HANDLE + " my deposit never arrived and nobody answers, I need a person"));
        Instant now = Instant.now();
        facebook(FacebookWebhooks.comment("add", FakeGraphServer.PAGE_ID, FACEBOOK_POST, FACEBOOK_POST + "_501",
                "3300000000000001", "Marta Silva", "How do I enable 2FA on my account?", now));
        facebook(FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, "3300000000000002", "m_site_walk_1",
                "I want to speak to a person about a withdrawal that is missing", now));
    }

    /**
     * A member's mail that no article answers, answering an earlier mail of ours below its quote and signed:
     * a ticket, and a thread page whose message differs from its whole e-mail.
     */
    private void email() {
        String raw = """
                Message-ID: <site-walk-1@members.example>
                From: Kai Lin <kai.lin@members.example>
                To: %s
                Subject: Sub-account transfer missing
                Date: Mon, 7 Dec 2026 10:05:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                My sub-account transfer of 3 BTC from the OTC desk vanished two days ago.
                I want to talk to a human agent about it: please tell me what you need from me.

                --\s
                Kai Lin

                On Sat, 5 Dec 2026 at 09:12, NovaEx Support <%1$s> wrote:
                > We have received your transfer request.
                """.formatted(FlowTestSupport.SUPPORT_ADDRESS);
        mail.deliver(FlowTestSupport.SUPPORT_ADDRESS, raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private void facebook(byte[] body) throws IOException, InterruptedException {
        int status = FlowTestSupport.postWebhook(port, "/webhooks/facebook", "X-Hub-Signature-256",
                FacebookWebhooks.signature(body, FakeGraphServer.APP_SECRET), body);
        if (status != 200) {
            throw new IllegalStateException("the Facebook webhook answered " + status);
        }
    }

    /** Tickets from the pipeline and by hand, moved so that every status has one, each with history. */
    private void tickets() throws Exception {
        String human = awaitThread("telegram", thread -> thread.path("chatId").asText().equals(GROUP)
                && byMember(thread, "7002") && !thread.path("ticketNumber").isNull()).get("ticketNumber").asText();
        patch(human, Map.of("status", "OPEN", "priority", "HIGH", "category", "ACCOUNT_SECURITY"));

        long privateThread = awaitThread("telegram", thread -> byMember(thread, "7001")).get("id").asLong();
        String resolved = asAdmin("POST", "/api/tickets", Map.of("subject", "Reset request for a lost authenticator",
                "category", "ACCOUNT_SECURITY", "priority", "NORMAL", "threadId", privateThread), 201).get("number").asText();
        patch(resolved, Map.of("status", "OPEN", "assignee", AGENT));
        patch(resolved, Map.of("status", "RESOLVED"));

        String closed = asAdmin("POST", "/api/tickets", Map.of("subject", "Campaign reward not credited",
                "category", "CAMPAIGNS", "priority", "LOW"), 201).get("number").asText();
        patch(closed, Map.of("status", "OPEN", "priority", "URGENT"));
        patch(closed, Map.of("status", "RESOLVED"));
        patch(closed, Map.of("status", "CLOSED"));

        asAdmin("POST", "/api/tickets", Map.of("subject", "Futures position closed at an odd price",
                "category", "TRADING", "priority", "HIGH"), 201);

        await().atMost(Duration.ofSeconds(30)).until(this::ticketStatuses,
                statuses -> statuses.containsAll(EnumSet.allOf(TicketStatus.class)));
    }

    private void announcements() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        asAdmin("POST", "/api/announcements", Map.of("category", "MAINTENANCE",
                "texts", Map.of("en", Map.of("title", "XRP deposits paused for maintenance",
                                "body", "XRP deposits and withdrawals are paused for a wallet upgrade."),
                        "zh", Map.of("title", "XRP 充提维护", "body", "XRP 钱包升级期间暂停充值和提现。")),
                "channels", List.of("TELEGRAM", "TWITTER", "FACEBOOK", "FORUM"),
                "publishedAt", now.minusSeconds(60).toString(), "expiresAt", now.plus(2, ChronoUnit.DAYS).toString(),
                "pin", true), 201);
        asAdmin("POST", "/api/announcements", Map.of("category", "CAMPAIGN",
                "texts", Map.of("en", Map.of("title", "Trading competition next month",
                        "body", "Sign up from the campaign page; prizes are paid in USDT.")),
                "channels", List.of("FORUM"), "publishedAt", now.plus(7, ChronoUnit.DAYS).toString(), "pin", false), 201);
        long retracted = asAdmin("POST", "/api/announcements", Map.of("category", "NEW_LISTING",
                "texts", Map.of("zh", Map.of("title", "新币上线", "body", "新币将于本周五上线现货交易。")),
                "channels", List.of("FORUM"), "publishedAt", now.minusSeconds(30).toString(), "pin", false), 201)
                .get("id").asLong();
        asAdmin("DELETE", "/api/announcements/" + retracted, null, 204);
    }

    /** What arrives on its own: guard decisions, queue items, bot answers and announcement copies. */
    /**
     * The member files a help-center request and a call-back through their forms, as a browser does: signed in, with
     * the forms' tokens.
     */
    private void helpCenter() throws Exception {
        HttpClient member = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        postForm(member, "/help/login", "/help/login", Map.of("username", MEMBER, "password", MEMBER_PASSWORD));
        postForm(member, "/help/requests/new", "/help/requests", Map.of("category", "deposit-withdrawal",
                "subject", "My USDT deposit has not arrived", "description",
                "I deposited 250 USDT three hours ago and my balance has not changed.",
                "txid", "7f3c9a1e", "coin", "USDT (TRC20)"));
        // a call-back, so the phone queue, the masked number and the call log are on the walked pages
        postForm(member, "/contact/callback", "/contact/callback", Map.of("phone", "+86 138 0013 8000",
                "language", "zh", "time", "EVENING", "reason", "FROZEN_ACCOUNT",
                "description", "My account was frozen after a sign-in from a new phone."));
        // and a fake reported from the verification API, for the reported fakes' page
        send(null, null, "POST", "/api/verify/reports", Map.of("q", "https://novaex.com.security-check.io/login",
                "evidence", "A Telegram account called NovaEx Support sent me this link."), 201);
    }

    private void postForm(HttpClient client, String page, String action, Map<String, String> fields) throws Exception {
        HttpResponse<String> posted = FlowTestSupport.postForm(client, port, page, action, fields);
        if (posted.statusCode() != 302) {
            throw new IllegalStateException("seeding the site: POST " + action + " answered " + posted.statusCode()
                    + ": " + posted.body());
        }
    }

    private void awaitPipeline() {
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin("GET", "/api/guard/decisions", null, 200)
                .path("content").size() >= 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin("GET", "/api/moderation/queue?status=open", null, 200)
                .path("content").size() >= 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> threads(null).size() >= 8);
        emailThreadPage = "/console/threads/" + awaitThread("email", thread -> !thread.path("ticketNumber").isNull())
                .get("id").asLong();
    }

    private JsonNode startTopic(String member, String board, String title, String body) throws Exception {
        return send(member, MEMBER_PASSWORD, "POST", "/api/forum/boards/" + board + "/topics",
                Map.of("title", title, "body", body), 201);
    }

    private long reply(String member, long topic, String body) throws Exception {
        return send(member, MEMBER_PASSWORD, "POST", "/api/forum/topics/" + topic + "/replies", Map.of("body", body), 201)
                .get("postId").asLong();
    }

    private void moderate(String path, Map<String, String> reason) throws Exception {
        send(MODERATOR, STAFF_PASSWORD, "POST", path, reason, 200);
    }

    private void patch(String ticket, Map<String, String> changes) throws Exception {
        asAdmin("PATCH", "/api/tickets/" + ticket, changes, 200);
    }

    private JsonNode awaitThread(String channel, Predicate<JsonNode> matching) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> threads(channel).stream()
                .filter(matching).findFirst().orElse(null), thread -> thread != null);
    }

    private static boolean byMember(JsonNode thread, String platformId) {
        return thread.path("member").path("platformId").asText().equals(platformId);
    }

    private List<JsonNode> threads(String channel) throws Exception {
        String query = channel == null ? "" : "&channel=" + channel;
        return list(asAdmin("GET", "/api/threads?size=100" + query, null, 200));
    }

    private Set<TicketStatus> ticketStatuses() throws Exception {
        return list(asAdmin("GET", "/api/tickets?size=100", null, 200)).stream()
                .map(ticket -> TicketStatus.valueOf(ticket.get("status").asText()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
    }

    private static List<JsonNode> list(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false).toList();
    }

    private JsonNode asAdmin(String method, String path, Object body, int expected) throws Exception {
        return send(ADMIN, FlowTestSupport.ADMIN_PASSWORD, method, path, body, expected);
    }

    private JsonNode send(String user, String password, String method, String path, Object body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("seeding the site: " + method + " " + path + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static void require(JsonNode answer, boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("seeding the site: expected " + what + ", got " + answer);
        }
    }
}
