package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hiding replies on X against the fake X API: allowed in conversations the account started only. */
class TwitterHideRepliesTest {

    private static final String ANNOUNCEMENT = "1800000000000000001";
    private static final String SCAM_REPLY = "1800000000000000002";
    private static final String ELSEWHERE = "1800000000000000010";
    private static final String REPLY_ELSEWHERE = "1800000000000000011";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final ShiftableClock clock = ShiftableClock.stoppedAt(NOW);
    private final FakeXServer x = new FakeXServer();
    private final PlatformContact contact = new PlatformContact(clock);
    private TwitterGateway gateway;

    @BeforeEach
    void start() {
        XApi api = new XApi(URI.create(x.apiUrl()), FakeXServer.APP_BEARER_TOKEN,
                new OAuth1Signer("consumer-key", "consumer-secret", "access-token", "access-secret", clock),
                Duration.ofSeconds(5), new ObjectMapper());
        gateway = new TwitterGateway(api, new TweetFitter(URI.create("https://help.example.com")),
                new PublicReplyGuard(), TwitterProperties.DEFAULT_POINTER,
                new ConversationIndex(100, Duration.ofDays(1)), contact, clock, "2244994945");
        x.publishOwnTweet(XFixtures.tweet(ANNOUNCEMENT, ACCOUNT_ID, ANNOUNCEMENT, "Maintenance at 02:00 UTC", ""));
        x.publishMention(XFixtures.reply(SCAM_REPLY, ANNA_ID, ANNOUNCEMENT, ANNOUNCEMENT, "DM me for a refund"));
        x.publishMention(XFixtures.reply(REPLY_ELSEWHERE, ANNA_ID, ELSEWHERE, ELSEWHERE, "@ExchangeHelp scam here"));
    }

    @AfterEach
    void stop() throws Exception {
        x.close();
    }

    private static ModerationRequest request(ModerationAction action, String conversation, String tweet) {
        return ModerationRequest.onMessage(action, conversation, tweet, "mod");
    }

    private DeliveryException failure(ModerationRequest request) {
        DeliveryException failure = catchThrowableOfType(() -> gateway.moderate(request), DeliveryException.class);
        assertThat(failure).as("moderation must fail").isNotNull();
        return failure;
    }

    @Test
    void publicConversationsOfferHideAndUnhideDirectMessagesNothing() {
        assertThat(gateway.moderationActions(ANNOUNCEMENT))
                .containsExactlyInAnyOrder(ModerationAction.HIDE, ModerationAction.UNHIDE);
        assertThat(gateway.moderationActions("dm:" + ANNA_ID)).isEmpty();
    }

    @Test
    void aReplyToOurTweetIsHiddenAndShownAgain() {
        gateway.moderate(request(ModerationAction.HIDE, ANNOUNCEMENT, SCAM_REPLY));
        assertThat(x.hiddenReplies()).isEqualTo(Map.of(SCAM_REPLY, true));

        gateway.moderate(request(ModerationAction.UNHIDE, ANNOUNCEMENT, SCAM_REPLY));
        assertThat(x.hiddenReplies()).isEqualTo(Map.of(SCAM_REPLY, false));
    }

    @Test
    void xRefusesRepliesInConversationsOthersStartedForGood() {
        DeliveryException refused = failure(request(ModerationAction.HIDE, ELSEWHERE, REPLY_ELSEWHERE));

        assertThat(refused.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(refused.getMessage()).contains("HTTP 403").contains("not a reply to a conversation you started");
        assertThat(x.hiddenReplies()).isEmpty();
        assertThat(contact.failing()).as("X answered: the connector is not failing").isFalse();
    }

    @Test
    void theFirstTweetOfAConversationAndDirectMessagesAreRefusedWithoutCallingX() {
        assertThat(failure(request(ModerationAction.HIDE, ANNOUNCEMENT, ANNOUNCEMENT)).getMessage())
                .contains("hides replies only");
        assertThat(failure(request(ModerationAction.HIDE, "dm:" + ANNA_ID, "1800000000000000099")).getMessage())
                .contains("X offers no hide");
        assertThat(failure(request(ModerationAction.DELETE, ANNOUNCEMENT, SCAM_REPLY)).kind())
                .isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(x.hiddenReplies()).isEmpty();
    }

    @Test
    void tooManyRequestsIsRateLimitedUntilXsReset() {
        x.scriptHides(FakeXServer.tooManyRequests(NOW.plusSeconds(120)));

        DeliveryException limited = failure(request(ModerationAction.HIDE, ANNOUNCEMENT, SCAM_REPLY));

        assertThat(limited.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(x.hiddenReplies()).isEmpty();
    }
}
