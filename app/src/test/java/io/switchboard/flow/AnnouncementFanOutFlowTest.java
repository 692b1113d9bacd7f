package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.MessageCall;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.facebook.FakeGraphServer.PagePost;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.FakeXServer.Posted;
import io.switchboard.testing.x.XFixtures;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole application fanning announcements out to fake Telegram (the announcement channel and
 * two groups), X and Facebook servers and to its own forum: what a manager sees in the API and
 * what members see on each platform, through rate limits, failures, edits and retractions; and
 * the public feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling and delivering beside the next test class's.
@DirtiesContext
class AnnouncementFanOutFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final String CHANNEL = "-1001000000001";
    private static final String GROUP_A = "-1002000000002";
    private static final String GROUP_B = "-1002000000003";
    private static final String FORUM_URL = "https://community.example.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.everyChannel(registry, TELEGRAM, X, GRAPH, "announcement-flow");
        registry.add("switchboard.telegram.announcement-chat-id", () -> CHANNEL);
        registry.add("switchboard.telegram.announcement-group-ids", () -> GROUP_A + "," + GROUP_B);
        registry.add("switchboard.forum.public-url", () -> FORUM_URL);
        // a pin follows its message in the same chat; Telegram's 20 a minute per group would make it wait 3 s
        registry.add("switchboard.router.group-chat-send-rate", () -> "10/1s");
        // a tweet X takes without answering times out after this
        registry.add("switchboard.twitter.request-timeout", () -> "1s");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        FlowTestSupport.stop(TELEGRAM, X, GRAPH);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnnouncementReachesEveryChannelPinnedInTelegramThroughA429() throws Exception {
        int number = NUMBERS.incrementAndGet();
        String title = "Wallet <b>maintenance</b> & upgrade " + number;
        String body = "Deposits and withdrawals pause from 02:00 to 03:00 UTC while we upgrade the wallets. "
                .repeat(6).strip();
        // the second sendMessage (the first group's copy) is rate-limited once
        TELEGRAM.scriptSendFailures(FakeTelegramServer.normalService(), FakeTelegramServer.tooManyRequests(1));

        long id = publish(announcement(title, body, "钱包维护 " + title, "维护期间暂停充提。", List.of(), true));

        List<JsonNode> copies = awaitCopies(id, 6, state("SENT"));
        assertThat(copies).extracting(c -> c.path("channel").asText() + " " + c.path("target").asText())
                .containsExactly("FORUM announcements", "TELEGRAM " + CHANNEL, "TELEGRAM " + GROUP_A,
                        "TELEGRAM " + GROUP_B, "FACEBOOK " + FakeGraphServer.PAGE_ID, "TWITTER " + XFixtures.ACCOUNT_ID);
        assertThat(copies).allSatisfy(c -> assertThat(c.path("platformMessageId").asText()).isNotBlank());
        String forumUrl = copies.get(0).path("url").asText();
        assertThat(forumUrl).startsWith(FORUM_URL + "/forum/t/");

        for (String chat : List.of(CHANNEL, GROUP_A, GROUP_B)) {
            SentMessage copy = onlyOne(TELEGRAM.sentTo(chat), m -> m.text().contains("upgrade " + number + "</b>"));
            assertThat(copy.request().path("parse_mode").asText()).isEqualTo("HTML");
            assertThat(copy.text()).startsWith("<b>Wallet &lt;b&gt;maintenance&lt;/b&gt; &amp; upgrade")
                    .contains("钱包维护").contains(forumUrl);
            assertThat(TELEGRAM.messageCalls("pinchatmessage")).extracting(MessageCall::chatId).contains(chat);
        }
        assertThat(copies.stream().filter(c -> c.path("channel").asText().equals("TELEGRAM")))
                .allSatisfy(c -> assertThat(c.path("pinned").asBoolean()).isTrue());

        Posted tweet = onlyOne(X.posted(), p -> p.text().startsWith(title));
        assertThat(tweet.inReplyToTweetId()).as("an announcement is the account's own tweet").isNull();
        assertThat(tweet.text()).endsWith("… " + forumUrl);
        assertThat(tweet.text().replace(forumUrl, "x".repeat(23)).length())
                .as("X weighs every link 23, and this text is all Latin").isLessThanOrEqualTo(280);

        PagePost post = onlyOne(GRAPH.pagePosts(), p -> p.message().startsWith(title));
        assertThat(post.message()).contains(body).contains("维护期间暂停充提。").endsWith(forumUrl);

        HttpResponse<String> topic = FlowTestSupport.get(port, forumUrl.substring(FORUM_URL.length()), false);
        assertThat(topic.statusCode()).isEqualTo(200);
        assertThat(topic.body()).contains("Wallet &lt;b&gt;maintenance&lt;/b&gt; &amp; upgrade").doesNotContain("<b>maintenance");
    }

    @Test
    void aPublicationCutOffByACrashIsFoundOnTheForumAndNotPublishedTwiceWhileTelegramGetsItAgain() throws Exception {
        String title = "Staking rewards paid " + NUMBERS.incrementAndGet();
        ObjectNode rewards = announcement(title, "This week's staking rewards are in your wallets.", null, null,
                List.of("FORUM", "TELEGRAM"), false);
        rewards.putObject("targets").putArray("TELEGRAM").add(GROUP_A);
        long id = publish(rewards);
        List<JsonNode> first = awaitCopies(id, 2, state("SENT"));
        JsonNode forum = first.get(0);
        assertThat(forum.path("channel").asText()).isEqualTo("FORUM");

        // What a kill -9 between each publish call and recording its outcome leaves: the copies are
        // due again, unpublished as far as the database knows, with the call still marked in flight.
        Instant callStarted = Instant.now().minusSeconds(5);
        for (JsonNode copy : first) {
            jdbc.update("update announcement_delivery set state = 'WAITING', step = 'PUBLISH', platform_message_id = null,"
                    + " url = null, in_flight_since = ?, next_attempt_at = ? where id = ?",
                    Timestamp.from(callStarted), Timestamp.from(Instant.now()),
                    copy.path("id").asLong());
        }

        List<JsonNode> again = awaitCopies(id, 2, state("SENT"));
        assertThat(again.get(0).path("platformMessageId").asText())
                .as("the forum topic the cut-off call opened is recorded as the copy")
                .isEqualTo(forum.path("platformMessageId").asText());
        assertThat(again.get(0).path("url").asText()).isEqualTo(forum.path("url").asText());
        assertThat(jdbc.queryForObject("select count(*) from forum_topic where title = ?", Integer.class, title))
                .as("the community sees the announcement once on the forum").isEqualTo(1);
        assertThat(TELEGRAM.sentTo(GROUP_A).stream().filter(m -> m.text().contains(title)))
                .as("the Bot API cannot tell: the one copy that may show twice").hasSize(2);
    }

    @Test
    void aTweetXTookWithoutAnsweringIsFoundAndRecordedNotTweetedTwice() throws Exception {
        String title = "Margin trading paused " + NUMBERS.incrementAndGet();
        X.takeNextPostWithoutAnswering();

        long id = publish(announcement(title, "Margin trading pauses for an hour.", null, null, List.of("TWITTER"),
                false));

        JsonNode copy = awaitCopies(id, 1, state("SENT")).get(0);
        Posted tweet = onlyOne(X.posted(), p -> p.text().startsWith(title));
        assertThat(copy.path("platformMessageId").asText()).isEqualTo(tweet.id());
    }

    @Test
    void anAnnouncementForOneOfTheTelegramChatsReachesOnlyThatChat() throws Exception {
        String title = "Group B fee holiday " + NUMBERS.incrementAndGet();
        ObjectNode holiday = announcement(title, "No fees for group B members this weekend.", null, null,
                List.of("TELEGRAM"), false);
        holiday.putObject("targets").putArray("TELEGRAM").add(GROUP_B);

        long id = publish(holiday);

        List<JsonNode> copies = awaitCopies(id, 1, state("SENT"));
        assertThat(copies.get(0).path("target").asText()).isEqualTo(GROUP_B);
        onlyOne(TELEGRAM.sentTo(GROUP_B), m -> m.text().contains(title));
        assertThat(TELEGRAM.sentTo(CHANNEL)).noneMatch(m -> m.text().contains(title));
        assertThat(TELEGRAM.sentTo(GROUP_A)).noneMatch(m -> m.text().contains(title));
    }

    @Test
    void aRefusedCopyIsShownFailedWithItsReasonAndGoesOutWhenRetried() throws Exception {
        GRAPH.scriptWrites(FakeGraphServer.permissionMissing());
        String title = "New listing " + NUMBERS.incrementAndGet();

        long id = publish(announcement(title, "NOVA/USDT trading opens at 10:00 UTC.", null, null, List.of("FACEBOOK"),
                false));

        JsonNode failed = awaitCopies(id, 1, state("FAILED")).get(0);
        assertThat(failed.path("lastError").asText()).contains("(#200)");
        assertThat(GRAPH.pagePosts()).noneMatch(p -> p.message().startsWith(title));

        HttpResponse<String> retried = FlowTestSupport.sendAsStaff(port, "POST",
                "/api/announcements/" + id + "/deliveries/" + failed.path("id").asLong() + "/retry", null);
        assertThat(retried.statusCode()).isEqualTo(200);

        JsonNode sent = awaitCopies(id, 1, state("SENT")).get(0);
        assertThat(sent.path("retried").asInt()).isEqualTo(1);
        assertThat(sent.path("lastError").isNull()).isTrue();
        onlyOne(GRAPH.pagePosts(), p -> p.message().startsWith(title));
        assertThat(FlowTestSupport.sendAsStaff(port, "POST", "/api/announcements/" + id + "/deliveries/"
                + failed.path("id").asLong() + "/retry", null).statusCode())
                .as("a copy that went out has nothing to retry").isEqualTo(409);
    }

    @Test
    void anEditReachesTheCopiesThatCanBeEditedAndARetractionDeletesThemAll() throws Exception {
        int number = NUMBERS.incrementAndGet();
        String title = "Campaign " + number;
        ObjectNode campaign = announcement(title, "Trade to win.", null, null, List.of(), false);
        long id = publish(campaign);
        List<JsonNode> copies = awaitCopies(id, 6, state("SENT"));

        String newTitle = "Campaign " + number + " extended";
        ((ObjectNode) campaign.path("texts").path("en")).put("title", newTitle);
        assertThat(FlowTestSupport.sendAsStaff(port, "PUT", "/api/announcements/" + id, campaign.toString())
                .statusCode()).isEqualTo(200);

        List<JsonNode> edited = awaitCopies(id, 6, c -> c.path("state").asText().equals("SENT")
                && c.path("step").isNull() && (c.path("channel").asText().equals("TWITTER")
                        ? c.path("note").asText().contains("cannot edit") : true));
        for (JsonNode copy : edited.stream().filter(c -> c.path("channel").asText().equals("TELEGRAM")).toList()) {
            String[] chatAndMessage = copy.path("platformMessageId").asText().split(":");
            assertThat(TELEGRAM.messageCalls("editmessagetext")).anySatisfy(call -> {
                assertThat(call.chatId()).isEqualTo(chatAndMessage[0]);
                assertThat(call.messageId()).isEqualTo(Integer.parseInt(chatAndMessage[1]));
                assertThat(call.text()).startsWith("<b>" + newTitle + "</b>");
            });
        }
        onlyOne(GRAPH.pagePosts(), p -> p.message().startsWith(newTitle + "\n"));
        String forumPath = copies.get(0).path("url").asText().substring(FORUM_URL.length());
        assertThat(FlowTestSupport.get(port, forumPath, false).body()).contains(newTitle);
        assertThat(X.posted()).as("X keeps the first text").anyMatch(p -> p.text().startsWith(title + "\n"))
                .noneMatch(p -> p.text().startsWith(newTitle));

        assertThat(FlowTestSupport.sendAsStaff(port, "DELETE", "/api/announcements/" + id, null).statusCode())
                .isEqualTo(204);

        awaitCopies(id, 6, state("RETRACTED"));
        for (JsonNode copy : copies.stream().filter(c -> c.path("channel").asText().equals("TELEGRAM")).toList()) {
            String[] chatAndMessage = copy.path("platformMessageId").asText().split(":");
            assertThat(TELEGRAM.messageCalls("deletemessage")).anySatisfy(call -> {
                assertThat(call.chatId()).isEqualTo(chatAndMessage[0]);
                assertThat(call.messageId()).isEqualTo(Integer.parseInt(chatAndMessage[1]));
            });
        }
        String tweetId = copies.get(5).path("platformMessageId").asText();
        assertThat(X.deleted()).contains(tweetId);
        assertThat(GRAPH.pagePosts()).noneMatch(p -> p.message().contains(title));
        assertThat(FlowTestSupport.get(port, forumPath, false).statusCode()).isEqualTo(404);
        assertThat(FlowTestSupport.get(port, "/api/announcements", true).body()).doesNotContain(newTitle);
    }

    @Test
    void anExpiredAnnouncementIsUnpinnedInTelegramAndItsCopiesStayAsHistory() throws Exception {
        String title = "Deposit bonus " + NUMBERS.incrementAndGet();
        ObjectNode bonus = announcement(title, "A 5% bonus on deposits until the timer runs out.", null, null,
                List.of(), true);
        // time for six copies and three pins to go out first, at 10 a second per group
        bonus.put("expiresAt", Instant.now().plusSeconds(12).toString());
        long id = publish(bonus);
        List<JsonNode> published = awaitCopies(id, 6, c -> c.path("state").asText().equals("SENT"));
        assertThat(published.stream().filter(c -> c.path("channel").asText().equals("TELEGRAM")))
                .allSatisfy(c -> assertThat(c.path("pinned").asBoolean()).isTrue());

        List<JsonNode> expired = awaitCopies(id, 6, state("EXPIRED"));

        for (JsonNode copy : expired.stream().filter(c -> c.path("channel").asText().equals("TELEGRAM")).toList()) {
            assertThat(copy.path("pinned").asBoolean()).isFalse();
            String[] chatAndMessage = copy.path("platformMessageId").asText().split(":");
            assertThat(TELEGRAM.messageCalls("unpinchatmessage")).filteredOn(call -> call.chatId()
                    .equals(chatAndMessage[0]) && call.messageId() == Integer.parseInt(chatAndMessage[1])).hasSize(1);
            assertThat(TELEGRAM.messageCalls("deletemessage")).noneMatch(call -> call.chatId().equals(chatAndMessage[0])
                    && call.messageId() == Integer.parseInt(chatAndMessage[1]));
        }
        assertThat(expired).extracting(c -> c.path("platformMessageId").asText())
                .containsExactlyElementsOf(published.stream().map(c -> c.path("platformMessageId").asText()).toList());
        assertThat(X.deleted()).doesNotContain(expired.get(5).path("platformMessageId").asText());
        onlyOne(GRAPH.pagePosts(), p -> p.message().startsWith(title));
        String forumPath = expired.get(0).path("url").asText().substring(FORUM_URL.length());
        assertThat(FlowTestSupport.get(port, forumPath, false).statusCode()).as("the forum topic stays").isEqualTo(200);
        assertThat(FlowTestSupport.get(port, "/api/announcements?active=true", true).body()).doesNotContain(title);
        assertThat(items(FlowTestSupport.get(port, "/feed/announcements.xml", false).body())).doesNotContainKey(title);
    }

    @Test
    void aScheduledAnnouncementGoesOutWhenItsTimeComes() throws Exception {
        String title = "Policy update " + NUMBERS.incrementAndGet();
        ObjectNode policy = announcement(title, "New withdrawal limits apply.", null, null, List.of("FORUM"), false);
        policy.put("publishedAt", Instant.now().plusSeconds(8).toString());

        long id = publish(policy);

        assertThat(copies(id)).as("nothing goes out before its time").isEmpty();
        JsonNode copy = awaitCopies(id, 1, state("SENT")).get(0);
        assertThat(FlowTestSupport.get(port, copy.path("url").asText().substring(FORUM_URL.length()), false).body())
                .contains(title);
    }

    @Test
    void theFeedListsPublishedUnexpiredAnnouncementsWithTheirTextsEscaped() throws Exception {
        int number = NUMBERS.incrementAndGet();
        String risky = "<script>alert('x')</script> Risk & warning " + number;
        publish(announcement(risky, "Beware of <img src=x onerror=alert(1)> fake giveaways.", "风险提示 " + number,
                "谨防虚假赠送活动。", List.of("FORUM"), false));
        ObjectNode expired = announcement("Expired " + number, "Old news.", null, null, List.of("FORUM"), false);
        expired.put("publishedAt", Instant.now().minus(Duration.ofDays(2)).toString());
        expired.put("expiresAt", Instant.now().minus(Duration.ofDays(1)).toString());
        publish(expired);
        ObjectNode later = announcement("Later " + number, "Not yet.", null, null, List.of("FORUM"), false);
        later.put("publishedAt", Instant.now().plus(Duration.ofDays(1)).toString());
        publish(later);

        HttpResponse<String> feed = FlowTestSupport.get(port, "/feed/announcements.xml", false);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/rss+xml");
        assertThat(feed.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        Map<String, String> items = items(feed.body());
        assertThat(items).containsEntry(risky, "Beware of <img src=x onerror=alert(1)> fake giveaways.")
                .doesNotContainKeys("Expired " + number, "Later " + number);

        Map<String, String> chinese = items(FlowTestSupport.get(port, "/feed/announcements.xml?lang=zh", false).body());
        assertThat(chinese).containsEntry("风险提示 " + number, "谨防虚假赠送活动。");
    }

    /** Item title to description, as a feed reader sees them. */
    private static Map<String, String> items(String rss) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)));
        NodeList items = document.getElementsByTagName("item");
        Map<String, String> byTitle = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            byTitle.put(item.getElementsByTagName("title").item(0).getTextContent(),
                    item.getElementsByTagName("description").item(0).getTextContent());
        }
        return byTitle;
    }

    private static ObjectNode announcement(String title, String body, String titleZh, String bodyZh,
            List<String> channels, boolean pin) {
        ObjectNode announcement = JSON.createObjectNode();
        announcement.put("category", "MAINTENANCE");
        ObjectNode texts = announcement.putObject("texts");
        texts.putObject("en").put("title", title).put("body", body);
        if (titleZh != null) {
            texts.putObject("zh").put("title", titleZh).put("body", bodyZh);
        }
        channels.forEach(announcement.putArray("channels")::add);
        announcement.put("publishedAt", Instant.now().toString());
        announcement.put("pin", pin);
        return announcement;
    }

    private long publish(ObjectNode announcement) throws Exception {
        HttpResponse<String> created = FlowTestSupport.postAsStaff(port, "/api/announcements", announcement.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private List<JsonNode> copies(long id) throws Exception {
        HttpResponse<String> response = FlowTestSupport.get(port, "/api/announcements/" + id + "/deliveries", true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> copies = new ArrayList<>();
        JSON.readTree(response.body()).forEach(copies::add);
        return copies;
    }

    /** Waits until the announcement has {@code count} copies that all match. */
    private List<JsonNode> awaitCopies(long id, int count, Predicate<JsonNode> each) {
        List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            last.set(0, copies(id));
            return last.get(0).size() == count && last.get(0).stream().allMatch(each);
        });
        return last.get(0);
    }

    private static Predicate<JsonNode> state(String state) {
        return copy -> copy.path("state").asText().equals(state);
    }

    private static <T> T onlyOne(List<T> items, Predicate<T> which) {
        List<T> matching = items.stream().filter(which).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
