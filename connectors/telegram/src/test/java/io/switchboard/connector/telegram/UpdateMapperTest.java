package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.ForwardOrigin;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateMapperTest {

    private static final String GROUP = "-1001500000001";
    private static final String FORUM = "-1001500000002";
    private static final String CHANNEL = "-1001500000003";

    private final UpdateMapper mapper = new UpdateMapper(TestBot.identity(), TestBot.mapper(), Clock.systemUTC());

    private InboundMessage inbound(String fixture) {
        MappedUpdate mapped = mapper.map(TestBot.update(fixture));
        assertThat(mapped).isInstanceOf(MappedUpdate.Inbound.class);
        return ((MappedUpdate.Inbound) mapped).message();
    }

    @Test
    void privateTextIsAMessageToTheBot() {
        InboundMessage message = inbound("private_text");

        assertThat(message.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(message.eventId()).isEqualTo("815000001");
        assertThat(message.messageId()).isEqualTo("4100001:301");
        assertThat(message.conversationKey()).isEqualTo("4100001");
        assertThat(message.chat()).isEqualTo(new ChatRef("4100001", null, "private"));
        assertThat(message.author()).isEqualTo(new Author("4100001", "Alice Moreau", "alice_m", "fr"));
        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.text()).isEqualTo("Hello, my withdrawal is stuck since yesterday");
        assertThat(message.replyToMessageId()).isNull();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1732520000));
        assertThat(message.privateChat()).isTrue();
        assertThat(message.addressesBot()).isTrue();
        assertThat(TestBot.parse(message.rawPayload())).isEqualTo(TestBot.update("private_text"));
    }

    @Test
    void mentionOfTheBotInAGroupAddressesItWhateverTheCase() {
        InboundMessage message = inbound("group_mention");

        assertThat(message.text()).startsWith("@switchboardhelpbot");
        assertThat(message.chat()).isEqualTo(new ChatRef(GROUP, "Exchange Community", "supergroup"));
        assertThat(message.conversationKey()).isEqualTo(GROUP);
        assertThat(message.author()).isEqualTo(new Author("4100002", "Bob", null, "en"));
        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.privateChat()).isFalse();
        assertThat(message.addressesBot()).isTrue();
    }

    @Test
    void groupChatterMentioningSomeoneElseDoesNotAddressTheBot() {
        InboundMessage message = inbound("group_chatter");

        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.addressesBot()).isFalse();
    }

    @Test
    void linksWhoseTextHidesTheirAddressGoToTheGuardWithWhereTheyLead() {
        InboundMessage message = inbound("group_text_link");

        assertThat(message.text()).as("the text stays as written").contains("https://novaex.com", "Claim here");
        assertThat(message.linkTargets()).containsOnly(
                Map.entry("https://novaex.com", "https://novaex-verify.com/login"),
                Map.entry("Claim here", "https://bit.ly/3novaex"));
        assertThat(message.textWithLinkTargets())
                .isEqualTo("提现暂停了？请到 https://novaex-verify.com/login 验证身份 🔐 或者 https://bit.ly/3novaex");
    }

    @Test
    void aForwardedMessageNamesTheUserWhoWroteItAndKeepsItsHiddenLinks() {
        InboundMessage message = inbound("private_forward_user");

        assertThat(message.forwardedFrom()).isEqualTo(
                new ForwardOrigin(ForwardOrigin.Kind.USER, "6200001", "NovaEx Support", "NovaEx_Helpdesk"));
        assertThat(message.author().handle()).as("the member who forwarded it is the author").isEqualTo("alice_m");
        assertThat(message.linkTargets()).containsOnly(Map.entry("here", "https://novaex-verify.com/login"));
    }

    @Test
    void aForwardedChannelPostNamesTheChannel() {
        assertThat(inbound("private_forward_channel").forwardedFrom()).isEqualTo(new ForwardOrigin(
                ForwardOrigin.Kind.CHANNEL, "-1002600000001", "NovaEx Airdrop", "novaex_airdrop"));
    }

    @Test
    void aUserWhoHidesTheirAccountIsKnownByTheNameTheyGoBy() {
        assertThat(inbound("private_forward_hidden").forwardedFrom()).isEqualTo(
                new ForwardOrigin(ForwardOrigin.Kind.HIDDEN_USER, null, "Kevin Lau Support", null));
    }

    @Test
    void aMessageWrittenByTheMemberIsNotForwarded() {
        assertThat(inbound("private_text").forwardedFrom()).isNull();
    }

    @Test
    void plainMessagesHaveNoHiddenLinks() {
        assertThat(inbound("group_mention").linkTargets()).isEmpty();
    }

    @Test
    void replyToTheBotAddressesItAndPointsAtTheAnsweredMessage() {
        InboundMessage message = inbound("group_reply_to_bot");

        assertThat(message.replyToMessageId()).isEqualTo(GROUP + ":5124");
        assertThat(message.addressesBot()).isTrue();
    }

    @Test
    void commandForAnotherBotDoesNotAddressTheBot() {
        assertThat(inbound("group_command_other_bot").addressesBot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_command_for_us", "group_command_bare", "group_text_mention"})
    void commandsForUsOrForAllBotsAndTextMentionsAddressTheBot(String fixture) {
        assertThat(inbound(fixture).addressesBot()).isTrue();
    }

    @Test
    void forumTopicMessageBelongsToTheTopicAndIsNoReplyToTheTopicItself() {
        InboundMessage message = inbound("forum_topic");

        assertThat(message.conversationKey()).isEqualTo(FORUM + ":77");
        assertThat(message.messageId()).isEqualTo(FORUM + ":912");
        assertThat(message.replyToMessageId()).isNull();
        assertThat(message.addressesBot()).isFalse();
    }

    @Test
    void replyToTheBotInsideAForumTopic() {
        InboundMessage message = inbound("forum_topic_reply");

        assertThat(message.conversationKey()).isEqualTo(FORUM + ":77");
        assertThat(message.replyToMessageId()).isEqualTo(FORUM + ":913");
        assertThat(message.addressesBot()).isTrue();
    }

    @Test
    void editCarriesTheIdOfTheEditedMessageAndTheNewText() {
        InboundMessage original = inbound("private_text");
        InboundMessage edit = inbound("edited_message");

        assertThat(edit.kind()).isEqualTo(InboundKind.EDIT);
        assertThat(edit.messageId()).isEqualTo(original.messageId());
        assertThat(edit.eventId()).isNotEqualTo(original.eventId());
        assertThat(edit.text()).isEqualTo("Hello, my BTC withdrawal is stuck since yesterday");
        assertThat(edit.receivedAt()).isEqualTo(Instant.ofEpochSecond(1732520090));
    }

    @Test
    void channelPostIsStoredAsAChannelPostByTheChannel() {
        InboundMessage post = inbound("channel_post");

        assertThat(post.kind()).isEqualTo(InboundKind.CHANNEL_POST);
        assertThat(post.messageId()).isEqualTo(CHANNEL + ":44");
        assertThat(post.chat()).isEqualTo(new ChatRef(CHANNEL, "Exchange Announcements", "channel"));
        assertThat(post.author()).isEqualTo(new Author(CHANNEL, "Exchange Announcements", "exchange_news", null));
        assertThat(post.privateChat()).isFalse();
        assertThat(post.addressesBot()).isFalse();
    }

    @Test
    void editedChannelPostIsAnEditOfThePost() {
        InboundMessage edit = inbound("edited_channel_post");

        assertThat(edit.kind()).isEqualTo(InboundKind.EDIT);
        assertThat(edit.messageId()).isEqualTo(CHANNEL + ":44");
        assertThat(edit.addressesBot()).isFalse();
    }

    @Test
    void photoKeepsTheLargestSizeAndTheCaptionAsText() {
        InboundMessage message = inbound("private_photo_caption");

        assertThat(message.text()).isEqualTo("This is the error I get on the withdrawal page");
        assertThat(message.attachments()).containsExactly(
                new Attachment("photo", "AgACAgIAAxkBAAIBM2dEphoto-large", null));
    }

    @Test
    void documentIsAnAttachmentWithItsMimeType() {
        InboundMessage message = inbound("private_document");

        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).containsExactly(
                new Attachment("document", "BQACAgIAAxkBAAIBNGdEdoc", "application/pdf"));
    }

    @Test
    void voiceIsAnAttachment() {
        assertThat(inbound("private_voice").attachments()).containsExactly(
                new Attachment("voice", "AwACAgIAAxkBAAIBNWdEvoice", "audio/ogg"));
    }

    @Test
    void botBlockedByTheUserMakesTheChatUnreachable() {
        assertThat(mapper.map(TestBot.update("my_chat_member_kicked")))
                .isEqualTo(new MappedUpdate.Reachability("4100001", false));
    }

    @Test
    void botAddedToAGroupMakesItReachable() {
        assertThat(mapper.map(TestBot.update("my_chat_member_added")))
                .isEqualTo(new MappedUpdate.Reachability(GROUP, true));
    }

    @Test
    void aMemberJoiningAGroupIsAJoinByThatMemberForTheGuard() {
        InboundMessage join = inbound("chat_member_joined");

        assertThat(join.kind()).isEqualTo(InboundKind.JOIN);
        assertThat(join.author()).isEqualTo(new Author("5200001", "NovaEx Support", "novaex_helpdesk", "zh-hans"));
        assertThat(join.chat().chatId()).isEqualTo(GROUP);
        assertThat(join.conversationKey()).isEqualTo(GROUP);
        assertThat(join.messageId()).isEqualTo(GROUP + ":joined:5200001:1732522000");
        assertThat(join.privateChat()).isFalse();
        assertThat(join.addressesBot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat_member_left", "chat_member_restricted_again"})
    void membershipChangesOtherThanJoiningAreIgnored(String fixture) {
        assertThat(mapper.map(TestBot.update(fixture))).isInstanceOf(MappedUpdate.Ignored.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_new_member"})
    void updatesWithNothingForSupportAreIgnored(String fixture) {
        assertThat(mapper.map(TestBot.update(fixture))).isInstanceOf(MappedUpdate.Ignored.class);
    }

    @Test
    void aButtonPressIsAChoiceUnderTheBotsMessageWithTheButtonsDataAsItsText() {
        MappedUpdate mapped = mapper.map(TestBot.update("callback_query"));

        assertThat(mapped).isInstanceOf(MappedUpdate.Press.class);
        MappedUpdate.Press press = (MappedUpdate.Press) mapped;
        assertThat(press.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
        InboundMessage message = press.message();
        assertThat(message.kind()).isEqualTo(InboundKind.CHOICE);
        assertThat(message.eventId()).as("a redelivered update is stored once").isEqualTo("815000019");
        assertThat(message.messageId()).isEqualTo("callback:4382bfdwdsb323b2d9");
        assertThat(message.conversationKey()).isEqualTo("4100001");
        assertThat(message.author()).isEqualTo(new Author("4100001", "Alice Moreau", "alice_m", "fr"));
        assertThat(message.text()).isEqualTo("faq:withdrawals");
        assertThat(message.replyToMessageId()).isEqualTo("4100001:320");
        assertThat(message.privateChat()).isTrue();
    }

    @Test
    void aPressWithoutAMessageIsOnlyAnswered() {
        ObjectNode update = TestBot.update("callback_query");
        ((ObjectNode) update.get("callback_query")).remove("message");
        ((ObjectNode) update.get("callback_query")).put("inline_message_id", "AAAB");

        assertThat(mapper.map(update)).isEqualTo(new MappedUpdate.Press(null, "4382bfdwdsb323b2d9"));
    }

    @Test
    void updateTelegramBotsCannotReadIsRejectedWithTheReason() {
        ObjectNode update = TestBot.update("private_text");
        ((ObjectNode) update.get("message").get("from")).remove("is_bot");

        assertThatThrownBy(() -> mapper.map(update))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isBot");
    }

    @Test
    void mentionsAreNotRecognizedBeforeTheUsernameIsKnown() {
        UpdateMapper starting = new UpdateMapper(new BotIdentity(TestBot.ID, null), TestBot.mapper(), Clock.systemUTC());
        MappedUpdate mapped = starting.map(TestBot.update("group_mention"));

        assertThat(((MappedUpdate.Inbound) mapped).message().addressesBot()).isFalse();
    }
}
