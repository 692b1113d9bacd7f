package io.switchboard.flow;

import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static io.switchboard.testing.x.XFixtures.BOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.FakeXServer.MentionRequest;
import io.switchboard.testing.x.FakeXServer.Posted;
import io.switchboard.testing.x.XFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the X connector polling a fake X API v2: what a person who mentions
 * the support account sees it post, and what X's rate limits and outages change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling and delivering beside the next test class's.
@DirtiesContext
class XFlowTest {

    private static final FakeXServer X = new FakeXServer();
    /** Tweet ids grow with time, as X's do: every test's mentions are newer than the cursor. */
    private static final AtomicLong TWEET_IDS = new AtomicLong(1_850_000_000_000_000_000L);
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "x-flow");
        FlowTestSupport.twitter(registry, X);
    }

    @AfterAll
    static void stopX() throws Exception {
        X.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AnswerEngine engine;

    @Autowired
    InboundEventRepository events;

    @Autowired
    TicketRepository tickets;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    SupportThreadRepository threads;

    @Test
    void aKnowledgeBaseQuestionIsAnsweredByAReplyToTheMentionThatFitsATweet() {
        String question = "How do I enable 2FA on my account?";
        AnswerDecision decision = engine.decide(new AnswerQuery(question, Channel.TWITTER, false, "en"));
        assertThat(decision.autoAnswer()).as("the default knowledge base answers this in public").isTrue();
        String mention = nextTweetId();

        X.publishMention(XFixtures.mention(mention, ANNA_ID, "@" + XFixtures.ACCOUNT_HANDLE + " " + question));

        Posted reply = awaitOneReplyTo(mention);
        assertThat(weight(reply.text())).isLessThanOrEqualTo(280);
        String answer = decision.answer().strip();
        if (weight(answer) <= 280) {
            assertThat(reply.text()).isEqualTo(answer);
        } else {
            assertThat(reply.text()).startsWith(answer.substring(0, 40)).contains("…");
            assertThat(URL.matcher(reply.text()).find()).as("a shortened answer links to the article").isTrue();
        }
        assertThat(reply.authorization()).as("posted as the account, not as the app")
                .isEqualTo("Bearer flow-test-user-token");
    }

    @Test
    void aReplyWhoseTcoLinkLeadsToALookalikeDomainIsHiddenAndOneLeadingToTheExchangeIsAnswered() throws Exception {
        String ourTweet = nextTweetId();
        X.publishOwnTweet(XFixtures.tweet(ourTweet, XFixtures.ACCOUNT_ID, ourTweet, "Withdrawals are back to normal.",
                ""));
        String phishing = nextTweetId();
        X.publishMention(XFixtures.reply(phishing, BOB_ID, ourTweet, ourTweet,
                "@ExchangeHelp withdrawals work again, claim yours at https://t.co/Ph1sh00001",
                XFixtures.links("https://t.co/Ph1sh00001", "https://novaex-claim.net/withdraw")));
        String genuine = nextTweetId();
        X.publishMention(XFixtures.reply(genuine, ANNA_ID, ourTweet, ourTweet,
                "@ExchangeHelp How do I enable 2FA on my account? https://t.co/Gu1de00001",
                XFixtures.links("https://t.co/Gu1de00001", "https://www.novaex.com/help/2fa")));

        awaitOneReplyTo(genuine);
        await().atMost(Duration.ofSeconds(30)).until(() -> X.hiddenReplies().containsKey(phishing));
        assertThat(X.hiddenReplies()).containsEntry(phishing, true).doesNotContainKey(genuine);
        assertThat(X.repliesTo(phishing)).as("the hidden reply is not answered").isEmpty();
        assertThat(inbound(phishing).getText()).as("staff see the tweet as written")
                .contains("https://t.co/Ph1sh00001");

        List<JsonNode> decisions = FlowTestSupport.guardDecisions(port);
        assertThat(decisions).extracting(decision -> decision.get("messageId").asText()).contains(phishing)
                .doesNotContain(genuine);
        JsonNode onPhishing = decisions.stream()
                .filter(decision -> decision.get("messageId").asText().equals(phishing)).findFirst().orElseThrow();
        assertThat(onPhishing.get("rule").asText()).isEqualTo("link.lookalike");
        assertThat(onPhishing.get("excerpt").asText()).contains("https://novaex-claim.net/withdraw");
        assertThat(onPhishing.get("removal").asText()).isEqualTo("hidden");
    }

    @Test
    void aMentionAnsweringOurReplyJoinsTheSameSupportThread() {
        String question = nextTweetId();
        X.publishMention(XFixtures.mention(question, BOB_ID, "@ExchangeHelp How do I enable 2FA on my account?"));
        Posted ourReply = awaitOneReplyTo(question);

        String followUp = nextTweetId();
        X.publishMention(XFixtures.reply(followUp, BOB_ID, question, ourReply.id(),
                "@ExchangeHelp and how do I reset my password?"));
        awaitOneReplyTo(followUp);

        ThreadMessage first = inbound(question);
        ThreadMessage second = inbound(followUp);
        assertThat(second.getThread().getId()).isEqualTo(first.getThread().getId());
        assertThat(threads.findById(second.getThread().getId())).get()
                .extracting(SupportThread::getConversationKey).isEqualTo(question);
        assertThat(second.getReplyToExternalId()).isEqualTo(ourReply.id());
    }

    @Test
    void anAccountSpecificQuestionBecomesATicketAndOnlyAShortPointerIsPostedInPublic() {
        String question = "My account was charged twice for the same order yesterday, please check what happened";
        assertThat(engine.decide(new AnswerQuery(question, Channel.TWITTER, false, "en")).autoAnswer())
                .as("the knowledge base cannot answer this").isFalse();
        String mention = nextTweetId();

        X.publishMention(XFixtures.mention(mention, ANNA_ID, "@ExchangeHelp " + question));

        Posted pointer = awaitOneReplyTo(mention);
        List<Ticket> opened = tickets.findAll().stream()
                .filter(t -> t.getThread() != null && t.getThread().getConversationKey().equals(mention))
                .toList();
        assertThat(opened).singleElement().satisfies(ticket -> {
            assertThat(ticket.getThread().getChannel()).isEqualTo(Channel.TWITTER);
            assertThat(pointer.text()).contains(ticket.getNumber());
        });
        assertThat(pointer.text()).containsIgnoringCase("private message")
                .doesNotContain("charged", "order", "anna", "@")
                .doesNotContainPattern("\\d{5,}");
        assertThat(weight(pointer.text())).isLessThanOrEqualTo(280);
    }

    @Test
    void anAnswerThatWouldShowAnEmailAddressInPublicIsReplacedByAPointerToDirectMessages() {
        String question = "How do I contact support and check the status of my ticket?";
        AnswerDecision decision = engine.decide(new AnswerQuery(question, Channel.TWITTER, false, "en"));
        assertThat(decision.autoAnswer()).isTrue();
        assertThat(decision.answer()).as("the article names the support address").contains("@");
        String mention = nextTweetId();

        X.publishMention(XFixtures.mention(mention, ANNA_ID, "@ExchangeHelp " + question));

        Posted reply = awaitOneReplyTo(mention);
        assertThat(reply.text()).doesNotContain("@").containsIgnoringCase("direct message");
        assertThat(weight(reply.text())).isLessThanOrEqualTo(280);
    }

    @Test
    void aDirectMessageDeliveredByTheWebhookIsAnsweredByDirectMessage() throws Exception {
        String question = "How do I enable 2FA on my account?";
        AnswerDecision decision = engine.decide(new AnswerQuery(question, Channel.TWITTER, true, null));
        String sender = "5550001";
        byte[] delivery = XFixtures.directMessageDelivery(nextTweetId(), sender, "Carol", "carol_c", question);

        assertThat(deliverWebhook(delivery, XFixtures.webhookSignature(delivery, FlowTestSupport.X_WEBHOOK_SECRET)))
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !directMessagesTo(sender).isEmpty());
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> directMessagesTo(sender).size() == 1);
        assertThat(directMessagesTo(sender).get(0).text()).isEqualTo(decision.answer().strip());
        assertThat(X.posted()).noneMatch(p -> p.text().equals(decision.answer().strip()));
    }

    @Test
    void aWebhookDeliveryWithAWrongSignatureIsRefusedAndNothingIsStoredOrSent() throws Exception {
        long stored = events.count();
        String sender = "5550002";
        byte[] delivery = XFixtures.directMessageDelivery(nextTweetId(), sender, "Dan", "dan_d",
                "How do I enable 2FA on my account?");

        int status = deliverWebhook(delivery, XFixtures.webhookSignature(delivery, "not-the-consumer-secret"));

        assertThat(status).isEqualTo(401);
        assertThat(events.count()).isEqualTo(stored);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> directMessagesTo(sender).isEmpty());
    }

    @Test
    void afterTooManyRequestsTheConnectorWaitsForTheResetThenTakesTheMentionIn() {
        Instant reset = Instant.now().plusSeconds(3);
        X.scriptMentions(FakeXServer.tooManyRequests(reset));
        int before = X.mentionRequests().size();
        String mention = nextTweetId();
        X.publishMention(XFixtures.mention(mention, ANNA_ID, "@ExchangeHelp How do I enable 2FA on my account?"));

        awaitOneReplyTo(mention);

        List<MentionRequest> since429 = X.mentionRequests().subList(before, X.mentionRequests().size());
        assertThat(since429.size()).as("the 429 and at least one request after it").isGreaterThanOrEqualTo(2);
        // X's reset is in whole seconds: nothing was asked before that second began.
        assertThat(since429.subList(1, since429.size()))
                .allSatisfy(request -> assertThat(request.at()).isAfterOrEqualTo(reset.minusSeconds(1)));
    }

    @Test
    void aServerErrorWhilePollingIsRetriedAndTheMentionAnsweredOnce() {
        X.scriptMentions(FakeXServer.serviceUnavailable(), FakeXServer.serviceUnavailable());
        String mention = nextTweetId();
        X.publishMention(XFixtures.mention(mention, BOB_ID, "@ExchangeHelp How do I enable 2FA on my account?"));

        awaitOneReplyTo(mention);

        assertThat(messages.findFirstByChannelAndDirectionAndExternalId(Channel.TWITTER, Direction.IN, mention))
                .isPresent();
    }

    @Test
    void ourOwnTweetsAndRetweetsAreNeverTakenInAsQuestions() {
        String ours = nextTweetId();
        String retweet = nextTweetId();
        String question = nextTweetId();
        X.publishMention(XFixtures.mention(ours, XFixtures.ACCOUNT_ID, "@ExchangeHelp How do I enable 2FA?"));
        X.publishMention(XFixtures.retweet(retweet, BOB_ID, ours, "RT @ExchangeHelp How do I enable 2FA?"));
        X.publishMention(XFixtures.mention(question, ANNA_ID, "@ExchangeHelp How do I enable 2FA on my account?"));

        // The mentions are handed in oldest first: once the newest is answered, the others were seen.
        awaitOneReplyTo(question);

        assertThat(X.repliesTo(ours)).isEmpty();
        assertThat(X.repliesTo(retweet)).isEmpty();
        assertThat(messages.findFirstByChannelAndDirectionAndExternalId(Channel.TWITTER, Direction.IN, ours)).isEmpty();
        assertThat(messages.findFirstByChannelAndDirectionAndExternalId(Channel.TWITTER, Direction.IN, retweet))
                .isEmpty();
    }

    private int deliverWebhook(byte[] body, String signature) throws Exception {
        return FlowTestSupport.postWebhook(port, "/webhooks/twitter", "x-twitter-webhooks-signature", signature, body);
    }

    private static List<FakeXServer.DirectMessage> directMessagesTo(String userId) {
        return X.directMessages().stream().filter(dm -> dm.recipientId().equals(userId)).toList();
    }

    private ThreadMessage inbound(String tweetId) {
        return messages.findFirstByChannelAndDirectionAndExternalId(Channel.TWITTER, Direction.IN, tweetId)
                .orElseThrow(() -> new AssertionError("tweet " + tweetId + " was not stored"));
    }

    private static String nextTweetId() {
        return Long.toString(TWEET_IDS.addAndGet(1000));
    }

    private static Posted awaitOneReplyTo(String tweetId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !X.repliesTo(tweetId).isEmpty());
        // One decision, one tweet: nothing more is posted for the same mention.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> X.repliesTo(tweetId).size() == 1);
        return X.repliesTo(tweetId).get(0);
    }

    /** A tweet's length as X counts it for English text: every link weighs 23. */
    private static int weight(String text) {
        String counted = URL.matcher(text).replaceAll("x".repeat(23));
        return counted.codePointCount(0, counted.length());
    }
}
