package io.switchboard.connector.webchat.sending;

import java.time.Instant;
import java.util.Optional;

import io.switchboard.connector.webchat.handoff.EmailFallback;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.LiveChatState;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.livechat.UnknownVisitorException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live chat as the support pipeline's WEBCHAT channel, outbound: the outbox's messages to a visitor (the bot's
 * answers with their article card and Yes / No, its offers as buttons, agents' replies under their names) are
 * delivered by being stored as lines of the visitor's window ({@link ChatFrames}), which both sides are then told
 * of. The frame keeps the outbox entry's delivery key, so a send cut off by a crash is found again, never shown
 * twice: {@link #findDelivered} is exact.
 *
 * <p>An agent's reply to a visitor still waiting in the queue makes the agent join the chat first (the visitor
 * reads "Alice joined" before the reply); it counts as the chat's first response, and is mailed too when the
 * visitor left an address ({@link EmailFallback}), all in the transaction that stores the frame.
 */
@Component
class WebchatGateway implements ChannelGateway {

    private final ChatFrames frames;
    private final ChatVisitors visitors;
    private final LiveChats chats;
    private final Accounts accounts;
    private final FrameDetails details;
    private final EmailFallback mail;
    private final TransactionTemplate tx;

    WebchatGateway(ChatFrames frames, ChatVisitors visitors, LiveChats chats, Accounts accounts, FrameDetails details,
            EmailFallback mail, PlatformTransactionManager transactions) {
        this.frames = frames;
        this.visitors = visitors;
        this.chats = chats;
        this.accounts = accounts;
        this.details = details;
        this.mail = mail;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public Channel channel() {
        return Channel.WEBCHAT;
    }

    /** @throws DeliveryException permanent for a visitor there is no record of */
    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        String visitorKey = message.chatId();
        try {
            return receipt(tx.execute(status -> deliver(message)));
        } catch (UnknownVisitorException e) {
            throw DeliveryException.permanent("no live-chat visitor " + visitorKey, e);
        } catch (DataIntegrityViolationException sameDeliveryAtOnce) {
            // another instance stored the same entry meanwhile: its frame is the delivery
            return frames.byDeliveryKey(message.deliveryKey()).map(WebchatGateway::receipt)
                    .orElseThrow(() -> DeliveryException.noAnswer("live-chat message to " + visitorKey
                            + " may not be stored: " + sameDeliveryAtOnce, sameDeliveryAtOnce));
        } catch (RuntimeException e) {
            // a failure at or after the commit leaves unknown whether the frame was stored: the next try looks first
            throw DeliveryException.noAnswer("live-chat message to " + visitorKey + " may not be stored: " + e, e);
        }
    }

    @Override
    public DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        if (message.deliveryKey() == null) {
            return DeliveryLookup.CANNOT_TELL;
        }
        return frames.byDeliveryKey(message.deliveryKey()).map(frame -> DeliveryLookup.delivered(receipt(frame)))
                .orElse(DeliveryLookup.NOT_DELIVERED);
    }

    @Override
    public boolean canReply(String conversationKey) {
        return true;
    }

    @Override
    public boolean offersChoices(String conversationKey) {
        return true;
    }

    @Override
    public boolean sendsAttachments(String conversationKey) {
        return true;
    }

    private ChatFrame deliver(OutboundMessage message) {
        if (message.deliveryKey() != null) {
            Optional<ChatFrame> earlier = frames.byDeliveryKey(message.deliveryKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ChatVisitor visitor = visitors.find(message.chatId())
                .orElseThrow(() -> new UnknownVisitorException(message.chatId()));
        if (message.sender().kind() != Sender.Kind.STAFF) {
            return frames.append(visitor.visitorKey(), FrameKind.BOT, null, message.text(), null,
                    details.of(message), message.deliveryKey());
        }
        String username = message.sender().username();
        chats.current(visitor.visitorKey()).filter(chat -> chat.getState() == LiveChatState.WAITING)
                .ifPresent(waiting -> chats.take(waiting.getId(), username));
        ChatFrame frame = frames.append(visitor.visitorKey(), FrameKind.AGENT,
                accounts.find(username).map(Account::getDisplayName).orElse(username), message.text(), null,
                details.of(message), message.deliveryKey());
        chats.agentReplied(visitor.visitorKey(), frame.createdAt());
        mail.copyReply(visitor, message.deliveryKey() != null ? message.deliveryKey() : receipt(frame).messageId(),
                message.text());
        return frame;
    }

    private static DeliveryReceipt receipt(ChatFrame frame) {
        return new DeliveryReceipt("frame:" + frame.visitorKey() + ":" + frame.seq());
    }
}
