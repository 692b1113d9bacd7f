package io.switchboard.connector.facebook.webhook;

import static io.switchboard.connector.facebook.FacebookTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.connector.facebook.FacebookTestSupport;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final String POST_CONVERSATION = "post:1000000001_4000000004";
    private static final String MESSENGER_CONVERSATION = "messenger:3000000003";

    private final FacebookProperties properties = FacebookTestSupport.properties("http://127.0.0.1:9", "v26.0");
    private final WebhookEvents events = new WebhookEvents(new ObjectMapper(), new FeedEvents(properties),
            new MessengerEvents(properties), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCommentOnAPostIsAQuestionInThePostsConversation() throws Exception {
        InboundMessage comment = single("feed-comment-add.json");

        assertThat(comment.channel()).isEqualTo(Channel.FACEBOOK);
        assertThat(comment.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(comment.eventId()).isEqualTo("comment:4000000004_5000000005:add");
        assertThat(comment.messageId()).isEqualTo("4000000004_5000000005");
        assertThat(comment.conversationKey()).isEqualTo(POST_CONVERSATION);
        assertThat(comment.chat()).isEqualTo(new ChatRef(POST_CONVERSATION,
                "https://www.facebook.com/exchange/posts/4000000004", "post"));
        assertThat(comment.author()).isEqualTo(new Author("2000000002", "Alice Trader", null, null));
        assertThat(comment.text()).isEqualTo("How long does a BTC withdrawal take?");
        assertThat(comment.replyToMessageId()).isNull();
        assertThat(comment.receivedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(comment.privateChat()).isFalse();
        assertThat(comment.addressesBot()).isTrue();
        assertThat(comment.rawPayload()).contains("\"comment_id\":\"4000000004_5000000005\"");
    }

    @Test
    void aReplyToACommentStaysInItsThread() throws Exception {
        InboundMessage reply = single("feed-comment-reply.json");

        assertThat(reply.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(reply.messageId()).isEqualTo("4000000004_5000000006");
        assertThat(reply.conversationKey()).isEqualTo(POST_CONVERSATION);
        assertThat(reply.replyToMessageId()).isEqualTo("4000000004_5000000005");
        assertThat(reply.attachments()).containsExactly(
                new Attachment("photo", "https://scontent.example.net/v/pending-withdrawal.jpg", null));
    }

    @Test
    void anEditedCommentUpdatesTheStoredText() throws Exception {
        InboundMessage edit = single("feed-comment-edited.json");

        assertThat(edit.kind()).isEqualTo(InboundKind.EDIT);
        assertThat(edit.messageId()).isEqualTo("4000000004_5000000005");
        assertThat(edit.text()).isEqualTo("How long does a BTC withdrawal take? It has been 3 hours");
        assertThat(edit.eventId()).startsWith("comment:4000000004_5000000005:edited:1767225900:");
    }

    @Test
    void editsToDifferentTextsAreDifferentEvents() throws Exception {
        String edited = new String(fixture("feed-comment-edited.json"), StandardCharsets.UTF_8);
        byte[] editedAgain = edited.replace("It has been 3 hours", "It has been 4 hours")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(events.read(editedAgain).get(0).eventId()).isNotEqualTo(single("feed-comment-edited.json").eventId());
    }

    @Test
    void aRemovedCommentIsMarkedRemoved() throws Exception {
        InboundMessage removal = single("feed-comment-remove.json");

        assertThat(removal.kind()).isEqualTo(InboundKind.REMOVAL);
        assertThat(removal.eventId()).isEqualTo("comment:4000000004_5000000005:remove");
        assertThat(removal.messageId()).isEqualTo("4000000004_5000000005");
        assertThat(removal.conversationKey()).isEqualTo(POST_CONVERSATION);
    }

    @Test
    void thePagesOwnCommentsAndPostsAreIgnored() throws Exception {
        assertThat(events.read(fixture("feed-comment-by-page.json"))).isEmpty();
        assertThat(events.read(fixture("feed-status-by-page.json"))).isEmpty();
    }

    @Test
    void olderPayloadsNameTheAuthorBySenderId() throws Exception {
        InboundMessage comment = single("feed-comment-add-legacy.json");

        assertThat(comment.author()).isEqualTo(new Author("2000000010", "Carol Miner", null, null));
        assertThat(comment.chat().title()).isNull();
    }

    @Test
    void aVisitorsPostOnThePageIsAQuestion() throws Exception {
        InboundMessage post = single("feed-post-add.json");

        assertThat(post.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(post.eventId()).isEqualTo("post:1000000001_4000000011:add");
        assertThat(post.messageId()).isEqualTo("1000000001_4000000011");
        assertThat(post.conversationKey()).isEqualTo("post:1000000001_4000000011");
        assertThat(post.author().platformId()).isEqualTo("2000000012");
        assertThat(post.chat().title()).isEqualTo(post.text());
    }

    @Test
    void aReactionOnTheFeedIsASignal() throws Exception {
        InboundMessage reaction = single("feed-reaction-add.json");

        assertThat(reaction.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(reaction.messageId()).isEqualTo("4000000004_5000000005");
        assertThat(reaction.eventId()).isEqualTo("reaction:4000000004_5000000005:2000000007:add:like:1767226000");
        assertThat(reaction.text()).isEqualTo("like");
    }

    @Test
    void aMessengerTextIsAPrivateQuestionKeyedByTheSender() throws Exception {
        InboundMessage message = single("messenger-text.json");

        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.eventId()).isEqualTo("mid:m_withdrawal-question-1");
        assertThat(message.messageId()).isEqualTo("m_withdrawal-question-1");
        assertThat(message.conversationKey()).isEqualTo(MESSENGER_CONVERSATION);
        assertThat(message.chat()).isEqualTo(new ChatRef(MESSENGER_CONVERSATION, null, "messenger"));
        assertThat(message.author().platformId()).isEqualTo("3000000003");
        assertThat(message.text()).isEqualTo("Hi, what are the withdrawal fees for ETH?");
        assertThat(message.replyToMessageId()).isEqualTo("m_page-greeting-1");
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochMilli(1767225600000L));
        assertThat(message.privateChat()).isTrue();
        assertThat(message.addressesBot()).isTrue();
    }

    @Test
    void aMessengerAttachmentKeepsItsUrl() throws Exception {
        InboundMessage message = single("messenger-attachment.json");

        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).containsExactly(
                new Attachment("image", "https://scontent.example.net/v/error-screenshot.png", null));
    }

    @Test
    void aQuickReplyIsAChoiceReadAsItsPayload() throws Exception {
        InboundMessage message = single("messenger-quick-reply.json");

        assertThat(message.kind()).isEqualTo(InboundKind.CHOICE);
        assertThat(message.privateChat()).isTrue();
        assertThat(message.text()).isEqualTo("TOPIC_DEPOSITS");
    }

    @Test
    void aPostbackIsAMessageWithItsPayload() throws Exception {
        InboundMessage message = single("messenger-postback.json");

        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.eventId()).isEqualTo("postback:m_postback-1");
        assertThat(message.text()).isEqualTo("HUMAN_AGENT");
        assertThat(message.conversationKey()).isEqualTo(MESSENGER_CONVERSATION);
    }

    @Test
    void aPostbackWithoutPayloadIsReadAsItsTitle() throws Exception {
        String postback = new String(fixture("messenger-postback.json"), StandardCharsets.UTF_8)
                .replace("\"payload\": \"HUMAN_AGENT\"", "\"payload\": \"\"");

        assertThat(events.read(postback.getBytes(StandardCharsets.UTF_8)).get(0).text())
                .isEqualTo("Talk to an agent");
    }

    @Test
    void echoesOfThePagesOwnMessagesAreIgnored() throws Exception {
        assertThat(events.read(fixture("messenger-echo.json"))).isEmpty();
    }

    @Test
    void readReceiptsAndReactionsAreSignals() throws Exception {
        InboundMessage read = single("messenger-read.json");
        InboundMessage reaction = single("messenger-reaction.json");

        assertThat(read.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(read.eventId()).isEqualTo("read:3000000003:1767226000000");
        assertThat(read.conversationKey()).isEqualTo(MESSENGER_CONVERSATION);
        assertThat(reaction.kind()).isEqualTo(InboundKind.SIGNAL);
        assertThat(reaction.eventId()).isEqualTo("reaction:3000000003:m_page-answer-1:react:1767226200000");
        assertThat(reaction.messageId()).isEqualTo("m_page-answer-1");
        assertThat(reaction.text()).isEqualTo("\uD83D\uDC4D");
    }

    @Test
    void anEditedMessengerMessageUpdatesTheStoredText() throws Exception {
        InboundMessage edit = single("messenger-edit.json");

        assertThat(edit.kind()).isEqualTo(InboundKind.EDIT);
        assertThat(edit.eventId()).isEqualTo("mid:m_withdrawal-question-1:edit:1");
        assertThat(edit.messageId()).isEqualTo("m_withdrawal-question-1");
        assertThat(edit.text()).isEqualTo("Hi, what are the withdrawal fees for ETH on Arbitrum?");
    }

    @Test
    void aBatchKeepsItsOrderAndDropsOnlyThePagesOwnItems() throws Exception {
        List<InboundMessage> batch = events.read(fixture("batch.json"));

        assertThat(batch).extracting(InboundMessage::eventId).containsExactly(
                "comment:4000000004_5000000015:add",
                "mid:m_kyc-question-1",
                "delivery:3000000017:1767226419000");
        assertThat(batch).extracting(InboundMessage::kind)
                .containsExactly(InboundKind.MESSAGE, InboundKind.MESSAGE, InboundKind.SIGNAL);
    }

    @Test
    void theSameDeliveryTwiceYieldsTheSameEventIds() throws Exception {
        for (String name : List.of("batch.json", "feed-comment-edited.json", "feed-reaction-add.json",
                "messenger-read.json", "messenger-reaction.json", "messenger-postback.json")) {
            assertThat(events.read(fixture(name))).as(name).extracting(InboundMessage::eventId)
                    .isEqualTo(events.read(fixture(name)).stream().map(InboundMessage::eventId).toList());
        }
    }

    @Test
    void aBodyThatIsNotAWebhookObjectIsRefused() {
        for (String body : List.of("{\"object\":\"page\",\"entry\":[", "[]", "", "{\"object\":\"page\"}",
                "{\"object\":\"page\",\"entry\":[]} trailing")) {
            assertThatThrownBy(() -> events.read(body.getBytes(StandardCharsets.UTF_8))).as(body)
                    .isInstanceOf(MalformedWebhookException.class);
        }
    }

    @Test
    void webhooksForOtherObjectsAreIgnored() throws Exception {
        byte[] instagram = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[]}]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(events.read(instagram)).isEmpty();
    }

    @Test
    void anUnreadableItemIsSkippedAndTheRestOfTheDeliveryKept() throws Exception {
        String batch = new String(fixture("batch.json"), StandardCharsets.UTF_8)
                .replace("\"timestamp\": 1767226420000", "\"timestamp\": \"yesterday\"");

        assertThat(events.read(batch.getBytes(StandardCharsets.UTF_8))).extracting(InboundMessage::eventId)
                .containsExactly("comment:4000000004_5000000015:add", "delivery:3000000017:1767226419000");
    }

    private InboundMessage single(String fixture) throws MalformedWebhookException {
        List<InboundMessage> messages = events.read(fixture(fixture));
        assertThat(messages).as(fixture).hasSize(1);
        return messages.get(0);
    }
}
