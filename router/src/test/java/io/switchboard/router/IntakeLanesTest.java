package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway.Sent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake's lanes: a conversation's events are decided one after the other in the order they were
 * stored, while other conversations' events are decided beside them. A slow decision (the engine's gate)
 * holds its conversation's lane: with one global order the other conversations would wait behind it, and
 * with lanes that ignored the conversation the slow conversation's next message would overtake it.
 */
class IntakeLanesTest extends RouteTestSupport {

    @Autowired
    KeywordAnswerEngine engine;

    @AfterEach
    void openGate() {
        engine.openGate();
    }

    @Test
    void aConversationIsDecidedInOrderWhileOtherConversationsAreDecidedBesideIt() throws Exception {
        String slowChat = Messages.newChatId();
        InboundMessage first = Messages.inPrivate(slowChat, now())
                .text(KeywordAnswerEngine.GATED_WORD + ": how long does a deposit take?").build();
        InboundMessage second = Messages.inPrivate(slowChat, now()).text("and my deposit from yesterday?").build();
        engine.closeGate();
        accept(first);
        engine.awaitSomeoneAtGate();
        accept(second);
        List<InboundMessage> others = questionsInOtherLanesThan(first, 6);
        others.forEach(this::accept);

        // decided and answered while the slow conversation's first message is still being decided
        others.forEach(question -> awaitReplies(question.chat().chatId(), 1));
        assertThat(statusOf(first)).isEqualTo(InboundStatus.RECEIVED);
        assertThat(statusOf(second)).as("not decided before the message stored before it")
                .isEqualTo(InboundStatus.RECEIVED);

        engine.openGate();
        InboundEvent secondDecided = awaitEvent(second, InboundStatus.PROCESSED);
        InboundEvent firstDecided = awaitEvent(first, InboundStatus.PROCESSED);
        assertThat(firstDecided.getProcessedAt()).isBeforeOrEqualTo(secondDecided.getProcessedAt());
        List<ThreadMessage> inThread = messagesIn(threadsIn(first.channel(), slowChat).get(0));
        assertThat(inThread).filteredOn(message -> message.getDirection() == Direction.IN)
                .extracting(ThreadMessage::getExternalId).containsExactly(first.messageId(), second.messageId());
        assertThat(awaitReplies(slowChat, 1)).extracting(sent -> sent.message().replyToMessageId())
                .as("the first message answered, the second one taken as its follow-up").contains(first.messageId());
    }

    private List<InboundMessage> questionsInOtherLanesThan(InboundMessage slow, int count) {
        short slowLane = InboundEvent.laneOf(slow.channel(), slow.conversationKey());
        List<InboundMessage> questions = new ArrayList<>();
        while (questions.size() < count) {
            InboundMessage question = Messages.inPrivate(Messages.newChatId(), now()).text("deposit time?").build();
            if (InboundEvent.laneOf(question.channel(), question.conversationKey()) != slowLane) {
                questions.add(question);
            }
        }
        return questions;
    }

    private InboundStatus statusOf(InboundMessage message) {
        return events.findByChannelAndEventId(message.channel(), message.eventId()).orElseThrow().getStatus();
    }

    private List<Sent> awaitReplies(String chatId, int count) {
        return await().until(() -> gateway.sentTo(chatId), sent -> sent.size() == count);
    }
}
