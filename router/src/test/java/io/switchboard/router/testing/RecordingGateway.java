package io.switchboard.router.testing;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Telegram gateway that records what it is asked to send and can be told to fail: for a chat,
 * the next sends throw the given errors in order, then sends succeed.
 */
public class RecordingGateway implements ChannelGateway {

    /** A message the "platform" accepted, with the id it gave it and when (by the test clock). */
    public record Sent(OutboundMessage message, String platformId, Instant at) {
    }

    private final Clock clock;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<DeliveryException>> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> attempts = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(5000);
    private final Set<String> closedConversations = ConcurrentHashMap.newKeySet();
    private final Set<String> moderatedConversations = ConcurrentHashMap.newKeySet();
    private final List<String> moderated = new CopyOnWriteArrayList<>();
    private final Set<String> conversationOpeners = ConcurrentHashMap.newKeySet();
    private final Set<String> buttonConversations = ConcurrentHashMap.newKeySet();

    public RecordingGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        attempts.computeIfAbsent(message.chatId(), chat -> new AtomicLong()).incrementAndGet();
        Deque<DeliveryException> planned = failures.get(message.chatId());
        DeliveryException failure = planned == null ? null : planned.pollFirst();
        if (failure != null) {
            throw failure;
        }
        String platformId = String.valueOf(nextId.incrementAndGet());
        sent.add(new Sent(message, platformId, clock.instant()));
        return new DeliveryReceipt(platformId);
    }

    /** Messages of this conversation can carry buttons, like a Telegram private chat. */
    public void offerChoicesIn(String conversationKey) {
        buttonConversations.add(conversationKey);
    }

    @Override
    public boolean offersChoices(String conversationKey) {
        return buttonConversations.contains(conversationKey);
    }

    /** The "platform" takes no more replies in this conversation, like Messenger after 24 hours. */
    public void closeReplyWindow(String conversationKey) {
        closedConversations.add(conversationKey);
    }

    @Override
    public boolean canReply(String conversationKey) {
        return !closedConversations.contains(conversationKey);
    }

    /**
     * Messages of this conversation can be hidden, shown again and deleted (like Facebook page
     * comments), and their authors muted and banned (like members of a Telegram supergroup).
     */
    public void allowModeration(String conversationKey) {
        moderatedConversations.add(conversationKey);
    }

    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return moderatedConversations.contains(conversationKey)
                ? Set.of(ModerationAction.HIDE, ModerationAction.UNHIDE, ModerationAction.DELETE, ModerationAction.MUTE,
                        ModerationAction.UNMUTE, ModerationAction.BAN, ModerationAction.UNBAN)
                : Set.of();
    }

    @Override
    public void moderate(ModerationRequest request) {
        if (!moderationActions(request.conversationKey()).contains(request.action())) {
            ChannelGateway.super.moderate(request);
        }
        moderated.add(request.action().key() + " " + (request.action().onMember() ? request.memberId()
                : request.messageId()));
    }

    /** Taking this message away takes its conversation out of sight, like a forum topic's opening post. */
    public void removalHidesConversation(String messageId) {
        conversationOpeners.add(messageId);
    }

    @Override
    public boolean removalHidesConversation(String conversationKey, String messageId) {
        return conversationOpeners.contains(messageId);
    }

    /** What was moderated, in order: {@code "hide <message id>"}, {@code "mute <member id>"}. */
    public List<String> moderated() {
        return List.copyOf(moderated);
    }

    /** The next sends to {@code chatId} fail with these errors, in order. */
    public void failNext(String chatId, DeliveryException... errors) {
        failures.computeIfAbsent(chatId, chat -> new ArrayDeque<>()).addAll(List.of(errors));
    }

    public List<Sent> sentTo(String chatId) {
        return sent.stream().filter(s -> s.message().chatId().equals(chatId)).toList();
    }

    /** Every call for the chat, failed or not. */
    public long attemptsTo(String chatId) {
        AtomicLong count = attempts.get(chatId);
        return count == null ? 0 : count.get();
    }
}
