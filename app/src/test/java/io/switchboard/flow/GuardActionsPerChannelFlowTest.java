package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.guard.ExtraPattern;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.Severity;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.QueueItem;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.ModerationCall;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every action the scam guard can choose, on every channel, through the real gateways against the
 * platform fakes (Telegram, X, Facebook) and the forum itself: the channel carries the action out,
 * or the documented fallback happens (the message is taken down as the channel can and what it
 * cannot do waits in the moderation queue, recorded as failed on the item), and the inbound event
 * is processed whatever the platform did. Private chats are not checked at all. This is the table
 * of docs/guard.md.
 *
 * <p>Each case hands the guard one message as its connector would ({@link InboundPort}), by an
 * author whose name or text a pattern of this test's rules gives the severity the action is
 * configured for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuardActionsPerChannelFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final String SUPERGROUP = "-1001234567890";
    private static final String BASIC_GROUP = "-4005006007";
    private static final String X_ROOT = "1800000000000000001";
    private static final String MEMBER_PASSWORD = "guard-matrix-member-password";
    private static final AtomicLong IDS = new AtomicLong(1000);

    /** Where a message was written, as the channel's connector keys it. */
    enum Place {
        TELEGRAM_SUPERGROUP(Channel.TELEGRAM, false, EnumSet.of(ModerationAction.MUTE, ModerationAction.BAN)),
        TELEGRAM_BASIC_GROUP(Channel.TELEGRAM, false, EnumSet.of(ModerationAction.BAN)),
        TELEGRAM_PRIVATE(Channel.TELEGRAM, true, Set.of()),
        X_REPLY(Channel.TWITTER, false, Set.of()),
        X_DIRECT_MESSAGE(Channel.TWITTER, true, Set.of()),
        FACEBOOK_COMMENT(Channel.FACEBOOK, false, Set.of()),
        MESSENGER(Channel.FACEBOOK, true, Set.of()),
        // the forum bans for a set time only: the guard's ban for good is refused there
        FORUM(Channel.FORUM, false, Set.of());

        final Channel channel;
        final boolean privateChat;
        /** What the channel does to the member; the message is taken down on every public one. */
        final Set<ModerationAction> onMember;

        Place(Channel channel, boolean privateChat, Set<ModerationAction> onMember) {
            this.channel = channel;
            this.privateChat = privateChat;
            this.onMember = onMember;
        }
    }

    /** A message of one case, with what it takes to find it on its platform. */
    private record Written(InboundMessage message, long forumTopic) {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:guard-matrix;" + FlowTestSupport.H2_MODE);
        FlowTestSupport.twitter(registry, X);
        FlowTestSupport.facebook(registry, GRAPH);
        // the cases hand their tweets in themselves, with the author's name the X fake does not give
        registry.add("switchboard.twitter.poll-interval", () -> "1h");
        registry.add("switchboard.forum.posts-per-window", () -> "1000");
        registry.add("switchboard.guard.messages.high", () -> "delete");
        registry.add("switchboard.guard.messages.medium", () -> "hold");
        registry.add("switchboard.guard.messages.low", () -> "flag");
        registry.add("switchboard.guard.names.high", () -> "ban");
        registry.add("switchboard.guard.names.medium", () -> "mute");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        TELEGRAM.close();
        X.close();
        GRAPH.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    InboundPort intake;

    @Autowired
    InboundEventRepository events;

    @Autowired
    GuardDecisionRepository decisions;

    @Autowired
    ModerationDesk desk;

    @Autowired
    GuardSettings settings;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Place place : Place.values()) {
            for (GuardAction action : GuardAction.values()) {
                cases.add(Arguments.of(place, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void theChannelDoesItOrTheFallbackHappensAndTheEventIsProcessed(Place place, GuardAction action) throws Exception {
        rules();
        Written written = write(place, action);
        InboundMessage message = written.message();

        intake.accept(message);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.findByChannelAndEventId(message.channel(),
                message.eventId()).orElseThrow().getStatus() != InboundStatus.RECEIVED);
        assertThat(events.findByChannelAndEventId(message.channel(), message.eventId()).orElseThrow().getStatus())
                .isEqualTo(InboundStatus.PROCESSED);

        var decision = decisions.findByEventKey("guard:" + message.channel().key() + ":" + message.eventId());
        if (place.privateChat) {
            assertThat(decision).as("nobody else reads a private chat: it is not checked").isEmpty();
            return;
        }
        GuardDecision decided = decision.orElseThrow();
        assertThat(decided.getAction()).isEqualTo(action);
        List<QueueItem> items = desk.queue(null, place.channel, PageRequest.of(0, 200)).getContent().stream()
                .filter(item -> item.messageId().equals(message.messageId())).toList();
        if (action == GuardAction.FLAG || action == GuardAction.HOLD) {
            assertThat(decided.getOutcome()).isEqualTo(GuardOutcome.PENDING);
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(action == GuardAction.HOLD ? "held" : "flagged");
                assertThat(item.steps()).isEmpty();
            });
            assertThat(removedOnPlatform(place, written)).as("nothing happens on the platform").isFalse();
            return;
        }
        assertThat(decided.getRemoval()).as("every public channel takes the message down").isNotNull();
        assertThat(removedOnPlatform(place, written)).isTrue();
        ModerationAction onMember = action == GuardAction.MUTE ? ModerationAction.MUTE
                : action == GuardAction.BAN ? ModerationAction.BAN : null;
        if (onMember == null || place.onMember.contains(onMember)) {
            assertThat(decided.getOutcome()).as(decided.getDetail()).isEqualTo(GuardOutcome.DONE);
            assertThat(items).as("nothing is left for moderators").isEmpty();
            if (onMember != null) {
                assertThat(TELEGRAM.moderationCalls()).extracting(ModerationCall::method, ModerationCall::userId)
                        .contains(tuple(onMember == ModerationAction.MUTE
                                ? "restrictChatMember" : "banChatMember", Long.valueOf(message.author().platformId())));
            }
            return;
        }
        // the fallback: taken down as the channel can, the rest waits for a moderator with why
        assertThat(decided.getOutcome()).isEqualTo(GuardOutcome.FAILED);
        assertThat(decided.getDetail()).contains("message removed", "not member");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo("open");
            assertThat(item.flaggedBy()).isEqualTo("scam-guard");
            assertThat(item.steps()).singleElement().satisfies(step -> {
                assertThat(step.action()).isEqualTo(onMember.key());
                assertThat(step.outcome()).isEqualTo("failed");
                assertThat(step.actor()).isEqualTo("scam-guard");
                assertThat(step.detail()).isNotBlank();
            });
        });
    }

    /** Patterns that give each action's severity: three on the text, two on the name. */
    private void rules() {
        GuardRules current = settings.current().orElseThrow();
        if (!current.extraPatterns().isEmpty()) {
            return;
        }
        settings.replace(new GuardRules(current.brandNames(), current.staffNames(), current.allowedDomains(),
                current.allowedHandles(), List.of(
                        new ExtraPattern("matrix-delete", ExtraPattern.Target.MESSAGE, "matrix-delete", Severity.HIGH, null),
                        new ExtraPattern("matrix-hold", ExtraPattern.Target.MESSAGE, "matrix-hold", Severity.MEDIUM, null),
                        new ExtraPattern("matrix-flag", ExtraPattern.Target.MESSAGE, "matrix-flag", Severity.LOW, null),
                        new ExtraPattern("matrix-ban", ExtraPattern.Target.NAME, "matrixban", Severity.HIGH, null),
                        new ExtraPattern("matrix-mute", ExtraPattern.Target.NAME, "matrixmute", Severity.MEDIUM, null))),
                "test");
    }

    private Written write(Place place, GuardAction action) throws Exception {
        long n = IDS.incrementAndGet();
        boolean byName = action == GuardAction.MUTE || action == GuardAction.BAN;
        String name = byName ? "matrix" + action.key() : "Lena Park";
        String text = byName ? "hello everyone" : "offer matrix-" + action.key() + " inside";
        String userId = Long.toString(700_000 + n);
        return switch (place) {
            case TELEGRAM_SUPERGROUP -> telegram(SUPERGROUP, "supergroup", n, userId, name, text);
            case TELEGRAM_BASIC_GROUP -> telegram(BASIC_GROUP, "group", n, userId, name, text);
            case TELEGRAM_PRIVATE -> telegram(userId, "private", n, userId, name, text);
            case X_REPLY -> xReply(n, userId, name, text);
            case X_DIRECT_MESSAGE -> written(Channel.TWITTER, "dm-event:" + n, "dm-" + n, "dm:" + userId, "dm",
                    userId, name, text, true);
            case FACEBOOK_COMMENT -> written(Channel.FACEBOOK, "comment:" + n + ":add", FakeGraphServer.PAGE_ID
                    + "_555_" + n, FacebookConversations.ofPost(FakeGraphServer.PAGE_ID + "_555"), "post", userId, name,
                    text, false);
            case MESSENGER -> written(Channel.FACEBOOK, "messenger:" + n, "m_" + n,
                    FacebookConversations.ofMessenger(userId), "messenger", userId, name, text, true);
            case FORUM -> forum(n, name, text);
        };
    }

    /** X hides replies in a conversation the account started only: a reply to a tweet of ours. */
    private static Written xReply(long n, String userId, String name, String text) {
        String id = Long.toString(9_000_000 + n);
        X.publishOwnTweet(XFixtures.tweet(X_ROOT, XFixtures.ACCOUNT_ID, X_ROOT, "Our weekly update", ""));
        X.publishMention(XFixtures.reply(id, userId, X_ROOT, X_ROOT, text));
        return written(Channel.TWITTER, "tweet:" + id, id, X_ROOT, "conversation", userId, name, text, false);
    }

    private static Written telegram(String chatId, String type, long n, String userId, String name, String text) {
        return written(Channel.TELEGRAM, "update:" + n, chatId + ":" + n, chatId, type, userId, name, text,
                "private".equals(type));
    }

    private static Written written(Channel channel, String eventId, String messageId, String conversation,
            String chatType, String userId, String name, String text, boolean privateChat) {
        return new Written(new InboundMessage(channel, eventId, messageId, conversation,
                new ChatRef(conversation, "Matrix " + chatType, chatType), new Author(userId, name, null, "en"),
                InboundKind.MESSAGE, text, null, List.of(), Instant.now(), privateChat, false, "{}"), 0);
    }

    /**
     * A real topic by a real member, which the forum's moderation can hide. The forum hands every post
     * to the pipeline itself under {@code post:<id>}; the case hands in the same event, which the
     * intake stores once whichever comes first.
     */
    private Written forum(long n, String name, String text) throws Exception {
        String username = "matrix_" + n;
        long accountId = accounts.register(username, name, encoder.encode(MEMBER_PASSWORD)).getId();
        JsonNode topic = FlowTestSupport.startTopic(port, username, MEMBER_PASSWORD, "newcomers",
                "Hello from " + username, text);
        String conversation = "topic:" + topic.get("topicId").asLong();
        return new Written(new InboundMessage(Channel.FORUM, "post:" + topic.get("postId").asText(),
                topic.get("postId").asText(),
                conversation, new ChatRef(conversation, "Hello", "topic"),
                new Author(Long.toString(accountId), name, username, "en"), InboundKind.MESSAGE, text, null,
                List.of(), Instant.now(), false, true, "{}"), topic.get("topicId").asLong());
    }

    private boolean removedOnPlatform(Place place, Written written) throws Exception {
        String messageId = written.message().messageId();
        return switch (place.channel) {
            case TELEGRAM -> TELEGRAM.moderationCalls().stream().anyMatch(call -> call.method().equals("deleteMessage")
                    && messageId.equals(call.chatId() + ":" + call.messageId()));
            case TWITTER -> Boolean.TRUE.equals(X.hiddenReplies().get(messageId));
            case FACEBOOK -> GRAPH.moderations().stream()
                    .anyMatch(m -> m.commentId().equals(messageId) && "hide".equals(m.action()));
            case FORUM -> FlowTestSupport.get(port, "/api/forum/topics/" + written.forumTopic(), false).statusCode() == 404;
            case WEB, EMAIL, WEBCHAT -> throw new IllegalArgumentException("no place of this matrix is a request, a mailbox or a live chat");
        };
    }
}
