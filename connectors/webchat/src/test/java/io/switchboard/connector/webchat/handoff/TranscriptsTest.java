package io.switchboard.connector.webchat.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.connector.webchat.testing.ChatPeople;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole conversation by mail, in the visitor's language, once for the same conversation. */
@WebchatSpringTest
class TranscriptsTest {

    @Autowired
    ChatPeople people;
    @Autowired
    Transcripts transcripts;
    @Autowired
    ChatFrames frames;
    @Autowired
    OutboxRepository outbox;

    @Test
    void theConversationIsMailedInTheVisitorsLanguageAndAskingTwiceSendsOnce() {
        people.everyoneOffline();
        ChatVisitor visitor = people.visitor("zh");
        frames.append(visitor.visitorKey(), FrameKind.VISITOR, null, "提现没到", "c-1", null, null);
        frames.append(visitor.visitorKey(), FrameKind.BOT, null, "提现通常在 30 分钟内到账。", null, null, null);
        people.handOff(visitor);

        transcripts.send(visitor.visitorKey(), "li.wei@example.com");
        transcripts.send(visitor.visitorKey(), "li.wei@example.com");

        OutboundMessage mail = outbox.findByDecisionKey("webchat-transcript:" + visitor.visitorKey() + ":3")
                .orElseThrow().toMessage();
        assertThat(mail.chatId()).isEqualTo("li.wei@example.com");
        assertThat(mail.subject()).isEqualTo("您与客服的聊天记录");
        assertThat(mail.text()).startsWith("您与客服的对话记录，时间为 UTC：")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  您: 提现没到\n")
                .contains("  客服机器人: 提现通常在 30 分钟内到账。\n")
                .contains("  系统: 暂时没有客服在线。请留下您的邮箱，我们会通过邮件回复您。\n");
        assertThat(outbox.findAll()).filteredOn(entry -> entry.getConversationKey()
                .equals("webchat-transcript:" + visitor.visitorKey())).hasSize(1);

        frames.append(visitor.visitorKey(), FrameKind.VISITOR, null, "还在吗？", "c-2", null, null);
        transcripts.send(visitor.visitorKey(), "li.wei@example.com");
        assertThat(outbox.existsByDecisionKey("webchat-transcript:" + visitor.visitorKey() + ":4"))
                .as("a longer conversation is a new transcript").isTrue();
    }
}
