package io.switchboard.connector.webchat.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.webchat.testing.ChatPeople;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChatState;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.TicketCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the visitor's window shows of the pipeline's messages: cards, buttons, files, agents by name, once each. */
@WebchatSpringTest
class WebchatGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebchatGateway gateway;
    @Autowired
    ChatFrames frames;
    @Autowired
    LiveChats chats;
    @Autowired
    ChatPeople people;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    BotAnswerRepository answers;
    @Autowired
    ThreadMessageRepository messages;
    @Autowired
    Attachments attachments;

    @Test
    void theBotsAnswerShowsItsArticleAsACardInTheThreadsLanguageWithYesAndNo() throws Exception {
        String key = "withdrawal-pending-" + System.nanoTime();
        String body = "提现通常在 **30 分钟**内到账。" + "如果超过两小时仍未到账，请检查网络确认数。".repeat(20);
        knowledge.create(new ArticleContent(key, TicketCategory.DEPOSIT_WITHDRAWAL, List.of(), Map.of(
                "zh", new ArticleText("提现一直处理中", body, List.of()),
                "en", new ArticleText("Withdrawal pending", "Withdrawals usually arrive in 30 minutes.", List.of()))),
                "admin");
        ChatVisitor visitor = people.visitor("zh");
        SupportThread thread = people.threadOf(visitor);
        ThreadMessage question = messages.save(new ThreadMessage(thread, Direction.IN, visitor.visitorKey() + ":c-1",
                null, "提现没到", null, null, Instant.now()));
        BotAnswer answer = answers.save(new BotAnswer(thread, BotAnswer.Kind.ANSWER, List.of(key), question, 0.9,
                Instant.now()));

        DeliveryReceipt receipt = gateway.send(new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(),
                visitor.visitorKey(), null, "提现通常在 30 分钟内到账。\n\n解决了吗？", TextFormat.PLAIN, Sender.BOT_ANSWER,
                List.of(new Choice("✅ 是", "sb1:" + answer.getId() + ":y"),
                        new Choice("❌ 否", "sb1:" + answer.getId() + ":n")), null, List.of(), "decision-1-" + key));

        ChatFrame frame = frames.latest(visitor.visitorKey(), 1).get(0);
        assertThat(receipt.messageId()).isEqualTo("frame:" + visitor.visitorKey() + ":" + frame.seq());
        assertThat(frame.kind()).isEqualTo(FrameKind.BOT);
        assertThat(frame.author()).isNull();
        JsonNode details = JSON.readTree(frame.details());
        assertThat(details.path("card").path("key").asText()).isEqualTo(key);
        assertThat(details.path("card").path("title").asText()).isEqualTo("提现一直处理中");
        assertThat(details.path("card").path("url").asText()).isEqualTo("/help/articles/" + key);
        String summary = details.path("card").path("summary").asText();
        assertThat(summary).as("plain text, cut").startsWith("提现通常在 30 分钟内到账。").doesNotContain("**")
                .hasSizeLessThanOrEqualTo(FrameDetails.SUMMARY).endsWith("…");
        assertThat(details.path("choices")).extracting(JsonNode::toString).asString()
                .contains("\"label\":\"❌ 否\"", "\"data\":\"sb1:" + answer.getId() + ":n\"");
    }

    @Test
    void aMessageDeliveredTwiceIsOneFrameAndIsFoundAgainAfterACrash() {
        ChatVisitor visitor = people.visitor("en");
        OutboundMessage notice = notice(visitor, "We opened ticket T-1 for you.", "decision-notice-" + visitor.visitorKey());

        assertThat(gateway.findDelivered(notice, Instant.EPOCH)).isEqualTo(DeliveryLookup.NOT_DELIVERED);
        DeliveryReceipt first = gateway.send(notice);
        DeliveryReceipt again = gateway.send(notice);

        assertThat(again).isEqualTo(first);
        assertThat(frames.after(visitor.visitorKey(), 0, 10)).extracting(ChatFrame::text)
                .containsExactly("We opened ticket T-1 for you.");
        assertThat(gateway.findDelivered(notice, Instant.EPOCH)).isEqualTo(DeliveryLookup.delivered(first));
    }

    @Test
    void anAgentsReplyToAWaitingVisitorJoinsTheChatUnderTheAgentsNameWithItsFiles() throws Exception {
        ChatVisitor visitor = people.visitor("en");
        String agent = people.onlineAgent("Alice Wong");
        people.handOff(visitor);
        StoredAttachment screenshot = attachments.storeAll(List.of(new UploadedFile("steps.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes())), agent).get(0);

        gateway.send(new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(), visitor.visitorKey(), null,
                "Hi, I am looking at your withdrawal now.", TextFormat.PLAIN, Sender.staff(agent), List.of(), null,
                List.of(screenshot.reference()), "decision-reply-" + visitor.visitorKey()));

        List<ChatFrame> window = frames.after(visitor.visitorKey(), 0, 10);
        assertThat(window).extracting(ChatFrame::kind).containsExactly(FrameKind.SYSTEM, FrameKind.SYSTEM,
                FrameKind.AGENT);
        assertThat(window.get(1).text()).isEqualTo("Alice Wong joined the chat");
        ChatFrame reply = window.get(2);
        assertThat(reply.author()).isEqualTo("Alice Wong");
        JsonNode file = JSON.readTree(reply.details()).path("files").get(0);
        assertThat(file.path("id").asLong()).isEqualTo(screenshot.id());
        assertThat(file.path("name").asText()).isEqualTo("steps.pdf");
        assertThat(file.path("type").asText()).isEqualTo("application/pdf");
        LiveChat chat = chats.current(visitor.visitorKey()).orElseThrow();
        assertThat(chat.getState()).isEqualTo(LiveChatState.ACTIVE);
        assertThat(chat.getAgent()).isEqualTo(agent);
        assertThat(chat.getFirstResponseAt()).isEqualTo(reply.createdAt());
    }

    @Test
    void aVisitorNobodyKnowsIsRefusedForGood() {
        OutboundMessage lost = new OutboundMessage(Channel.WEBCHAT, "a:nobody", "a:nobody", null, "Hello",
                TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(), null, List.of(), "decision-lost");

        assertThatThrownBy(() -> gateway.send(lost)).isInstanceOfSatisfying(DeliveryException.class,
                refused -> assertThat(refused.kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
        assertThat(frames.byDeliveryKey("decision-lost")).isEmpty();
    }

    private static OutboundMessage notice(ChatVisitor visitor, String text, String deliveryKey) {
        return new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(), visitor.visitorKey(), null, text,
                TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(), null, List.of(), deliveryKey);
    }
}
