package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.x.FakeXServer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replies whose sender died during the platform call, as a restarted application finds them: the
 * outbox entry is due and still marked in flight. Where the platform lets us look (X, Facebook
 * comments) the reply it already has is recorded as sent, not posted again; Telegram cannot tell,
 * so its reply is sent again: the one duplicate a crash can cause. A send that timed out is
 * treated the same way: the platform may have taken it; one it answered with an error is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling and delivering beside the next test class's.
@DirtiesContext
class InterruptedReplyFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final AtomicLong IDS = new AtomicLong(1_860_000_000_000_000_000L);
    private static final String POST_ID = FakeGraphServer.PAGE_ID + "_4100000004";
    private static final String ANSWER = "Withdrawals take up to 30 minutes; see https://help.example.com/kb/withdrawals";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.everyChannel(registry, TELEGRAM, X, GRAPH, "interrupted-reply-flow");
        registry.add("switchboard.router.backoff-base", () -> "200ms");
        // a post X takes without answering times out after this
        registry.add("switchboard.twitter.request-timeout", () -> "1s");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        FlowTestSupport.stop(TELEGRAM, X, GRAPH);
    }

    @Autowired
    OutboxRepository outbox;

    /** An entry as a sender that died during its call left it: due now, the call still marked in flight. */
    private long interrupted(OutboundMessage message, Instant callStarted) {
        OutboxEntry entry = new OutboxEntry("interrupted:" + UUID.randomUUID(), message, null,
                callStarted.minusMillis(10));
        entry.callStarting(callStarted);
        return outbox.save(entry).getId();
    }

    /** A reply as the pipeline queues it: due now, never tried. */
    private long queued(OutboundMessage message) {
        return outbox.save(new OutboxEntry("queued:" + UUID.randomUUID(), message, null, Instant.now())).getId();
    }

    private OutboxEntry awaitSent(long entryId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> outbox.findById(entryId).orElseThrow(), entry -> entry.getStatus() == OutboxStatus.SENT);
    }

    private static OutboundMessage xReply(String mention) {
        return new OutboundMessage(Channel.TWITTER, mention, mention, mention, ANSWER, TextFormat.PLAIN);
    }

    private static String nextTweetId() {
        return Long.toString(IDS.incrementAndGet());
    }

    @Test
    void anXReplyXAlreadyHasIsRecordedWithItsIdAndNotPostedAgain() {
        String mention = nextTweetId();
        Instant callStarted = Instant.now();
        String taken = X.tookReplyWithoutAnswering(ANSWER, mention);

        OutboxEntry sent = awaitSent(interrupted(xReply(mention), callStarted));

        assertThat(sent.getPlatformMessageId()).isEqualTo(taken);
        assertThat(sent.getInFlightSince()).isNull();
        assertThat(X.repliesTo(mention)).as("the person sees one reply").hasSize(1);
    }

    @Test
    void anXReplyXNeverGotIsPostedOnce() {
        String mention = nextTweetId();

        OutboxEntry sent = awaitSent(interrupted(xReply(mention), Instant.now()));

        assertThat(X.repliesTo(mention)).singleElement()
                .satisfies(reply -> assertThat(reply.id()).isEqualTo(sent.getPlatformMessageId()));
    }

    @Test
    void anXReplyWhoseSendTimedOutAfterXTookItIsLookedUpNotPostedAgain() {
        String mention = nextTweetId();
        X.takeNextPostWithoutAnswering();

        OutboxEntry sent = awaitSent(queued(xReply(mention)));

        assertThat(X.repliesTo(mention)).as("the person sees one reply").singleElement()
                .satisfies(reply -> assertThat(reply.id()).isEqualTo(sent.getPlatformMessageId()));
        assertThat(sent.getAttempts()).as("the timed-out send, then the lookup that found it").isEqualTo(2);
    }

    @Test
    void anXReplyThatXAnswered502IsSentAgainWithoutALookup() {
        String mention = nextTweetId();
        X.scriptPosts(FakeXServer.problem(502, "Bad Gateway"));
        int lookups = X.timelineRequests();

        OutboxEntry sent = awaitSent(queued(xReply(mention)));

        assertThat(X.repliesTo(mention)).singleElement()
                .satisfies(reply -> assertThat(reply.id()).isEqualTo(sent.getPlatformMessageId()));
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(X.timelineRequests()).as("X answered the failed try: nothing to look up").isEqualTo(lookups);
    }

    @Test
    void whenTheLookupFailsWithA503NothingIsSentBlindlyAndTheNextTryFindsTheReply() {
        String mention = nextTweetId();
        Instant callStarted = Instant.now();
        String taken = X.tookReplyWithoutAnswering(ANSWER, mention);
        X.scriptTimelines(FakeXServer.serviceUnavailable());

        OutboxEntry sent = awaitSent(interrupted(xReply(mention), callStarted));

        assertThat(sent.getPlatformMessageId()).isEqualTo(taken);
        assertThat(sent.getAttempts()).as("the failed lookup counted as a try").isEqualTo(2);
        assertThat(X.repliesTo(mention)).hasSize(1);
    }

    @Test
    void whenXRefusesTheLookupForGoodItCannotTellAndTheReplyIsPosted() {
        String mention = nextTweetId();
        // what X answers an app whose plan does not include reading timelines
        X.scriptTimelines(FakeXServer.problem(403, "Client Forbidden"));

        OutboxEntry sent = awaitSent(interrupted(xReply(mention), Instant.now()));

        assertThat(X.repliesTo(mention)).singleElement()
                .satisfies(reply -> assertThat(reply.id()).isEqualTo(sent.getPlatformMessageId()));
    }

    @Test
    void aFacebookCommentReplyTheGraphAlreadyHasIsRecordedWithItsIdAndNotPostedAgain() {
        String comment = "4100000004_" + IDS.incrementAndGet();
        Instant callStarted = Instant.now();
        String taken = GRAPH.tookCommentWithoutAnswering(comment, ANSWER);
        OutboundMessage reply = new OutboundMessage(Channel.FACEBOOK, POST_ID, FacebookConversations.ofPost(POST_ID),
                comment, ANSWER, TextFormat.PLAIN);

        OutboxEntry sent = awaitSent(interrupted(reply, callStarted));

        assertThat(sent.getPlatformMessageId()).isEqualTo(taken);
        assertThat(GRAPH.commentsUnder(comment)).hasSize(1);
    }

    @Test
    void aTelegramReplyIsSentAgainBecauseTheBotApiCannotTell() {
        String chat = Long.toString(9_400_000_000L + IDS.incrementAndGet() % 1_000_000);
        OutboundMessage reply = new OutboundMessage(Channel.TELEGRAM, chat, chat, null, ANSWER, TextFormat.PLAIN);

        OutboxEntry sent = awaitSent(interrupted(reply, Instant.now()));

        assertThat(TELEGRAM.sentTo(chat)).as("sent (again: the first call may have arrived too)").hasSize(1);
        assertThat(sent.getPlatformMessageId()).isNotNull();
    }
}
