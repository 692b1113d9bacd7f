package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

class OutboxDeliveryRouteTest extends RouteTestSupport {

    private static final Duration BACKOFF_MAX = Duration.ofMinutes(5);
    private static final int OLD_MAX_ATTEMPTS = 5;
    /** A twentieth of a minute and the send rate's margin of 100 ms, as Telegram's 20 a minute are kept. */
    private static final Duration GROUP_SPACING = Duration.ofMillis(3005);

    private InboundMessage confidentQuestion(String chat) {
        return Messages.inPrivate(chat, now()).text("How long does a deposit take?").build();
    }

    private static DeliveryException badGateway() {
        return DeliveryException.transientFailure("HTTP 502 Bad Gateway", null);
    }

    /** Lets the delivery route poll a few more times, so that "nothing was sent" means something. */
    private void letOutboxPoll() {
        NotifyBuilder polls = new NotifyBuilder(camel).fromRoute("outbox-delivery").whenDone(3).create();
        assertThat(polls.matches(10, TimeUnit.SECONDS)).as("outbox polled").isTrue();
    }

    @Test
    void rateLimitedReplyWaitsForRetryAfterThenIsSentOnce() {
        String chat = Messages.newChatId();
        gateway.failNext(chat, DeliveryException.rateLimited(Duration.ofSeconds(30), "Too Many Requests: retry after 30"));

        accept(confidentQuestion(chat));

        OutboxEntry postponed = awaitOutbox(chat, e -> e.getLastError() != null
                && e.getLastError().startsWith("RATE_LIMITED"));
        assertThat(postponed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(postponed.getAttempts()).as("a rate limit is not a failed try").isZero();
        assertThat(postponed.getNextAttemptAt()).isEqualTo(now().plusSeconds(30));
        letOutboxPoll();
        assertThat(gateway.attemptsTo(chat)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));

        OutboxEntry sent = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(gateway.sentTo(chat)).hasSize(1);
        assertThat(gateway.attemptsTo(chat)).isEqualTo(2);
    }

    /** The old policy gave up after 5 tries; an outage is now ridden out, however many tries it takes. */
    @Test
    void serverErrorsAreRetriedPastTheOldFiveTriesAndTheReplyGoesOutOnce() {
        String chat = Messages.newChatId();
        for (int i = 0; i < OLD_MAX_ATTEMPTS + 2; i++) {
            gateway.failNext(chat, badGateway());
        }

        accept(confidentQuestion(chat));

        OutboxEntry firstRetry = awaitOutbox(chat, e -> e.getAttempts() == 1);
        assertThat(firstRetry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(Duration.between(now(), firstRetry.getNextAttemptAt()))
                .as("first backoff: 1s less up to half of it").isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        for (int tries = 1; tries <= OLD_MAX_ATTEMPTS + 2; tries++) {
            int failedTries = tries;
            OutboxEntry waiting = awaitOutbox(chat, e -> e.getAttempts() == failedTries);
            assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
            clock.advance(BACKOFF_MAX);
        }

        OutboxEntry sent = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(OLD_MAX_ATTEMPTS + 3);
        assertThat(gateway.sentTo(chat)).hasSize(1);
    }

    @Test
    void replyGoesThroughAfterPassingServerErrors() {
        String chat = Messages.newChatId();
        gateway.failNext(chat, badGateway(), badGateway());

        accept(confidentQuestion(chat));
        awaitOutbox(chat, e -> e.getAttempts() == 1);
        clock.advance(BACKOFF_MAX);
        awaitOutbox(chat, e -> e.getAttempts() == 2);
        clock.advance(BACKOFF_MAX);

        OutboxEntry sent = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(sent.getLastError()).isNull();
        assertThat(gateway.sentTo(chat)).hasSize(1);
    }

    @Test
    void refusedReplyFailsAtOnce() {
        String chat = Messages.newChatId();
        gateway.failNext(chat, DeliveryException.permanent("Forbidden: bot was blocked by the user", null));

        accept(confidentQuestion(chat));

        OutboxEntry failed = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("bot was blocked");
        clock.advance(BACKOFF_MAX);
        letOutboxPoll();
        assertThat(gateway.attemptsTo(chat)).isEqualTo(1);
    }

    @Test
    void chatBecomingUnreachableCancelsWaitingReplies() {
        String chat = Messages.newChatId();
        gateway.failNext(chat, DeliveryException.rateLimited(Duration.ofSeconds(60), "Too Many Requests"));
        accept(confidentQuestion(chat));
        awaitOutbox(chat, e -> e.getLastError() != null && e.getLastError().startsWith("RATE_LIMITED"));

        inbound.chatReachability(Channel.TELEGRAM, chat, false);

        assertThat(outboxFor(chat)).singleElement()
                .satisfies(entry -> assertThat(entry.getStatus()).isEqualTo(OutboxStatus.CANCELLED));
        assertThat(chats.findByChannelAndChatId(Channel.TELEGRAM, chat).orElseThrow().isReachable()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        letOutboxPoll();
        assertThat(gateway.sentTo(chat)).isEmpty();
    }

    @Test
    void replyToUnreachableChatIsCancelledUntilItIsReachableAgain() {
        String chat = Messages.newChatId();
        inbound.chatReachability(Channel.TELEGRAM, chat, false);

        accept(confidentQuestion(chat));

        OutboxEntry cancelled = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.CANCELLED);
        assertThat(cancelled.getLastError()).contains("unreachable");
        assertThat(gateway.attemptsTo(chat)).isZero();

        inbound.chatReachability(Channel.TELEGRAM, chat, true);
        accept(confidentQuestion(chat));

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).hasSize(1);
    }

    @Test
    void replyOnChannelWithoutConnectorFails() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).channel(Channel.TWITTER).text("deposit pending?").build());

        OutboxEntry failed = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.FAILED);
        assertThat(failed.getLastError()).isEqualTo("no connector configured for twitter");
    }

    @Test
    void burstOfRepliesToOneGroupIsSpreadOverTime() {
        String group = Messages.newChatId();
        int burst = 30;
        for (int i = 0; i < burst; i++) {
            accept(Messages.inGroup(group, now()).mentioningBot()
                    .text("@SwitchboardBot how long does a deposit take? #" + i).build());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> allButSentArePostponed(group, burst));
        assertThat(gateway.sentTo(group)).as("only one reply may go to a group at first").hasSize(1);
        Instant start = now();
        List<OutboxEntry> waiting = outboxFor(group).stream().filter(e -> e.getStatus() == OutboxStatus.PENDING)
                .sorted(java.util.Comparator.comparing(OutboxEntry::getId)).toList();
        assertThat(waiting).hasSize(burst - 1)
                .allSatisfy(entry -> assertThat(entry.getNextAttemptAt()).isEqualTo(start.plus(GROUP_SPACING)));
        assertThat(waiting).as("our own waits are not platform errors: staff see none")
                .allSatisfy(entry -> assertThat(entry.getLastError()).isNull());

        clock.advance(GROUP_SPACING);

        await().until(() -> gateway.sentTo(group).size() == 2 && allButSentArePostponed(group, burst));
        List<Sent> sent = gateway.sentTo(group);
        assertThat(sent).hasSize(2);
        assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isEqualTo(GROUP_SPACING);
        assertThat(sent).extracting(s -> s.message().replyToMessageId()).doesNotHaveDuplicates();
    }

    private static final Duration HELD_AT_MOST = Duration.ofSeconds(30);

    private boolean allButSentArePostponed(String group, int expected) {
        List<OutboxEntry> entries = outboxFor(group);
        // held for the send rate (seconds ahead), not merely claimed (the lease is minutes ahead)
        return entries.size() == expected && entries.stream().allMatch(e -> e.getStatus() == OutboxStatus.SENT
                || e.getStatus() == OutboxStatus.PENDING && e.getNextAttemptAt().isAfter(now())
                        && e.getNextAttemptAt().isBefore(now().plus(HELD_AT_MOST)));
    }
}
