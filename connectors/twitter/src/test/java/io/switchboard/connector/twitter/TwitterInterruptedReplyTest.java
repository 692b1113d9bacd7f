package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Looking up a reply whose send was interrupted, against the fake X API: X shows our tweet
 * escaped, led by the handle answered and with its links rewritten, and it is still found. An
 * announcement whose publication was interrupted is found among the account's own tweets the same way.
 */
class TwitterInterruptedReplyTest {

    private static final String MENTION = "1800000000000000200";
    private static final String OTHER_MENTION = "1800000000000000201";
    /** Before any tweet of the fake's (they are stamped with the real time). */
    private static final Instant SINCE = Instant.parse("2025-03-01T10:00:00Z");
    private static final String ANSWER = "Open Security > 2FA & choose Reset: https://help.example.com/2fa";

    private final ShiftableClock clock = ShiftableClock.stoppedAt(SINCE);
    private final FakeXServer x = new FakeXServer();
    private final ConversationIndex conversations = new ConversationIndex(100, Duration.ofDays(1));
    private TwitterGateway gateway;

    @BeforeEach
    void start() {
        XApi api = new XApi(URI.create(x.apiUrl()), FakeXServer.APP_BEARER_TOKEN,
                new OAuth1Signer("consumer-key", "consumer-secret", "access-token", "access-secret", clock),
                Duration.ofSeconds(5), new ObjectMapper());
        gateway = new TwitterGateway(api, new TweetFitter(URI.create("https://help.example.com")),
                new PublicReplyGuard(), TwitterProperties.DEFAULT_POINTER, conversations,
                new PlatformContact(clock), clock, ACCOUNT_ID);
        x.publishMention(XFixtures.mention(MENTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"));
        x.publishMention(XFixtures.mention(OTHER_MENTION, ANNA_ID, "@ExchangeHelp and 2FA on the app?"));
    }

    @AfterEach
    void stop() throws Exception {
        x.close();
    }

    private static OutboundMessage replyTo(String mention, String text) {
        return new OutboundMessage(Channel.TWITTER, mention, mention, mention, text, TextFormat.PLAIN);
    }

    @Test
    void aReplyXTookIsFoundWithItsIdAndJoinsTheConversation() {
        String taken = x.tookReplyWithoutAnswering(ANSWER, MENTION);

        DeliveryLookup lookup = gateway.findDelivered(replyTo(MENTION, ANSWER), SINCE);

        assertThat(lookup.verdict()).isEqualTo(DeliveryLookup.Verdict.DELIVERED);
        assertThat(lookup.receipt().messageId()).isEqualTo(taken);
        assertThat(conversations.conversationOf(taken)).as("a member answering it stays in the thread")
                .contains(MENTION);
        assertThat(x.posted()).hasSize(1);
    }

    @Test
    void theSameTextToAnotherTweetOrAnotherTextToTheSameTweetIsNotTheReply() {
        x.tookReplyWithoutAnswering(ANSWER, OTHER_MENTION);
        x.tookReplyWithoutAnswering("Open Security > Devices", MENTION);

        assertThat(gateway.findDelivered(replyTo(MENTION, ANSWER), SINCE)).isEqualTo(DeliveryLookup.NOT_DELIVERED);
    }

    @Test
    void aReplyOnALaterPageOfTheTimelineIsFound() {
        x.pageSize(5);
        String taken = x.tookReplyWithoutAnswering(ANSWER, MENTION);
        for (int i = 0; i < 12; i++) {
            x.tookReplyWithoutAnswering("Another answer #" + i, OTHER_MENTION);
        }

        assertThat(gateway.findDelivered(replyTo(MENTION, ANSWER), SINCE).receipt().messageId()).isEqualTo(taken);
    }

    @Test
    void aTimelineOutageIsATransientFailureSoNothingIsSentBlindly() {
        x.scriptTimelines(FakeXServer.serviceUnavailable());

        DeliveryException failure = catchThrowableOfType(() -> gateway.findDelivered(replyTo(MENTION, ANSWER), SINCE),
                DeliveryException.class);

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure).hasMessageContaining("GET /2/users/:id/tweets").hasMessageContaining("503");
    }

    @Test
    void anAnnouncementXTookIsFoundAmongTheAccountsOwnTweetsAndAReplyWithItsWordsIsNot() {
        Broadcast broadcast = new Broadcast(7, AnnouncementCategory.values()[0],
                List.of(new AnnouncementText("Fees & limits change", "New withdrawal limits from Monday.")),
                "https://help.example.com/announcements/7");
        String tweet = "Fees & limits change\n\nNew withdrawal limits from Monday. https://help.example.com/announcements/7";
        x.tookReplyWithoutAnswering(tweet, MENTION);
        assertThat(gateway.findPublished(ACCOUNT_ID, broadcast, SINCE)).isEqualTo(DeliveryLookup.NOT_DELIVERED);

        String taken = x.tookReplyWithoutAnswering(tweet, null);

        DeliveryLookup lookup = gateway.findPublished(ACCOUNT_ID, broadcast, SINCE);
        assertThat(lookup.verdict()).isEqualTo(DeliveryLookup.Verdict.DELIVERED);
        assertThat(lookup.receipt().messageId()).isEqualTo(taken);
    }

    @Test
    void aDirectMessageCannotBeLookedUp() {
        OutboundMessage dm = new OutboundMessage(Channel.TWITTER, "dm:" + ANNA_ID, "dm:" + ANNA_ID, null, ANSWER,
                TextFormat.PLAIN);

        assertThat(gateway.findDelivered(dm, SINCE)).isEqualTo(DeliveryLookup.CANNOT_TELL);
    }
}
