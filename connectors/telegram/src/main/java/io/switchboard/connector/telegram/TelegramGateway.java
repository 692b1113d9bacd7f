package io.switchboard.connector.telegram;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundPort;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends replies with sendMessage: into the forum topic named by the conversation key, as a reply to
 * the answered message when it still exists, with Telegram's HTML when asked. Markdown is sent as
 * plain text: Telegram's MarkdownV2 rejects any unescaped special character, which would turn a
 * harmless reply into a permanent failure. In private chats a reply's choices are an inline keyboard,
 * one button a row (article titles are long); the press comes back as a {@code callback_query}. Moderates messages and members of its chats for staff
 * (see {@link TelegramModeration}).
 *
 * <p>Announcements go to the configured announcement channel and groups, in HTML
 * ({@link BroadcastHtml}); they are pinned with pinChatMessage (and unpinned with
 * unpinChatMessage when they expire), edited with editMessageText and deleted with deleteMessage. A copy's message id is {@code <chat id>:<message id>}, as for replies.
 */
final class TelegramGateway implements ChannelGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

    /** The Bot API's spelling (TelegramBots' ParseMode.HTML is "html"; Telegram takes either). */
    private static final String HTML = "HTML";

    /** 403 descriptions after which nothing can reach the chat until the bot is let back in. */
    private static final List<String> SHUT_OUT = List.of("bot was blocked", "bot was kicked",
            "bot is not a member", "user is deactivated");

    /** Telegram's 400 when an edit would change nothing: the copy already says it. */
    private static final String NOT_MODIFIED = "message is not modified";
    /** Telegram's 400 when the copy to unpin is not pinned (an admin took the pin down) or gone. */
    private static final String NOT_PINNED = "message to unpin not found";
    /** Telegram's 400 when the copy to delete is gone already (deleted by an admin, say). */
    private static final String ALREADY_GONE = "message to delete not found";

    private final BotApi api;
    private final InboundPort port;
    private final TelegramModeration moderation;
    private final List<String> announcementTargets;

    TelegramGateway(BotApi api, InboundPort port, TelegramModeration moderation, List<String> announcementTargets) {
        this.api = api;
        this.port = port;
        this.moderation = moderation;
        this.announcementTargets = List.copyOf(announcementTargets);
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        SendMessage request;
        try {
            request = request(message);
        } catch (IllegalArgumentException e) {
            throw DeliveryException.permanent("Telegram message to chat " + message.chatId() + " not sent: "
                    + e.getMessage(), e);
        }
        Message sent;
        try {
            sent = api.call(request);
        } catch (BotApiException e) {
            throw deliveryFailure(message.chatId(), e);
        }
        String chatId = sent.getChat() != null ? sent.getChat().getId().toString() : message.chatId();
        return new DeliveryReceipt(new ChatScopedId(chatId, sent.getMessageId()).format());
    }

    /**
     * In a private chat, whose id is the member's user id (positive); groups and channels have
     * negative ids, and a forum topic's key has the topic after a colon.
     */
    @Override
    public boolean offersChoices(String conversationKey) {
        return conversationKey.matches("[1-9]\\d*");
    }

    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return moderation.offered(conversationKey);
    }

    /** See {@link TelegramModeration} for the calls and the admin rights the bot needs. */
    @Override
    public void moderate(ModerationRequest request) {
        String chatId = TelegramModeration.chatOf(request.conversationKey());
        Boolean done;
        try {
            done = api.call(moderation.call(request));
        } catch (BotApiException e) {
            if (e.kind() == BotApiException.Kind.REFUSED) {
                throw DeliveryException.permanent(TelegramModeration.refusal(request.action(), chatId, e.description()),
                        null);
            }
            throw deliveryFailure(chatId, e);
        }
        if (!Boolean.TRUE.equals(done)) {
            throw DeliveryException.permanent("Telegram did not " + request.action().key() + " in chat " + chatId, null);
        }
        log.info("Telegram {} done in chat {} (message {}, by {})", request.action().key(), chatId,
                request.messageId(), request.actor());
    }

    @Override
    public List<String> broadcastTargets() {
        return announcementTargets;
    }

    @Override
    public DeliveryReceipt publish(String target, Broadcast broadcast) {
        Message sent = call(target, SendMessage.builder().chatId(target).text(BroadcastHtml.of(broadcast))
                .parseMode(HTML).build());
        String chatId = sent.getChat() != null ? sent.getChat().getId().toString() : target;
        return new DeliveryReceipt(new ChatScopedId(chatId, sent.getMessageId()).format());
    }

    @Override
    public void pin(String target, String messageId) {
        ChatScopedId copy = copy(messageId);
        call(target, PinChatMessage.builder().chatId(copy.chatId()).messageId(copy.number()).build());
    }

    @Override
    public void unpin(String target, String messageId) {
        ChatScopedId copy = copy(messageId);
        callUnless(NOT_PINNED, target, UnpinChatMessage.builder().chatId(copy.chatId()).messageId(copy.number()).build());
    }

    @Override
    public boolean editsBroadcasts() {
        return true;
    }

    @Override
    public void edit(String target, String messageId, Broadcast broadcast) {
        ChatScopedId copy = copy(messageId);
        callUnless(NOT_MODIFIED, target, EditMessageText.builder().chatId(copy.chatId()).messageId(copy.number())
                .text(BroadcastHtml.of(broadcast)).parseMode(HTML).build());
    }

    @Override
    public void retract(String target, String messageId) {
        ChatScopedId copy = copy(messageId);
        callUnless(ALREADY_GONE, target, new DeleteMessage(copy.chatId(), copy.number()));
    }

    /** A call whose refusal with {@code done} means what it asked for is already the case. */
    private void callUnless(String done, String target, BotApiMethod<?> method) {
        try {
            api.call(method);
        } catch (BotApiException e) {
            if (e.kind() != BotApiException.Kind.REFUSED || !e.description().toLowerCase(Locale.ROOT).contains(done)) {
                throw deliveryFailure(target, e);
            }
        }
    }

    private <T extends java.io.Serializable> T call(String target, BotApiMethod<T> method) {
        try {
            return api.call(method);
        } catch (BotApiException e) {
            throw deliveryFailure(target, e);
        }
    }

    private static ChatScopedId copy(String messageId) {
        try {
            return ChatScopedId.parse(messageId).orElseThrow(() -> new IllegalArgumentException(
                    "'" + messageId + "' is not <chat id>:<message id>"));
        } catch (IllegalArgumentException e) {
            throw DeliveryException.permanent("Telegram copy " + e.getMessage(), e);
        }
    }

    private static SendMessage request(OutboundMessage message) {
        SendMessage.SendMessageBuilder<?, ?> request = SendMessage.builder()
                .chatId(message.chatId())
                .text(message.text());
        ChatScopedId.parse(message.conversationKey()).ifPresent(topic -> {
            requireChat(topic, message.chatId(), "conversation key");
            request.messageThreadId(topic.number());
        });
        if (message.replyToMessageId() != null) {
            ChatScopedId replyTo = ChatScopedId.parse(message.replyToMessageId()).orElseThrow(() ->
                    new IllegalArgumentException("reply-to '" + message.replyToMessageId() + "' is not <chat id>:<message id>"));
            requireChat(replyTo, message.chatId(), "reply-to");
            // the answered message may have been deleted meanwhile: answer anyway
            request.replyParameters(ReplyParameters.builder()
                    .messageId(replyTo.number())
                    .allowSendingWithoutReply(true)
                    .build());
        }
        if (message.format() == TextFormat.HTML) {
            request.parseMode(HTML);
        }
        if (!message.choices().isEmpty()) {
            request.replyMarkup(new InlineKeyboardMarkup(message.choices().stream().map(TelegramGateway::row).toList()));
        }
        return request.build();
    }

    private static InlineKeyboardRow row(Choice choice) {
        return new InlineKeyboardRow(InlineKeyboardButton.builder().text(choice.label()).callbackData(choice.data())
                .build());
    }

    private static void requireChat(ChatScopedId id, String chatId, String what) {
        if (!id.chatId().equals(chatId)) {
            throw new IllegalArgumentException(what + " '" + id.format() + "' belongs to another chat than " + chatId);
        }
    }

    private DeliveryException deliveryFailure(String chatId, BotApiException e) {
        String message = "Telegram " + e.getMessage() + " (chat " + chatId + ")";
        return switch (e.kind()) {
            case RATE_LIMITED -> DeliveryException.rateLimited(e.retryAfter(), message);
            case REFUSED -> {
                if (Integer.valueOf(403).equals(e.errorCode()) && shutOut(e.description())) {
                    markUnreachable(chatId);
                }
                yield DeliveryException.permanent(message, null);
            }
            case FAILED, CANCELLED -> e.answered() ? DeliveryException.transientFailure(message, null)
                    : DeliveryException.noAnswer(message, null);
        };
    }

    private static boolean shutOut(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        return SHUT_OUT.stream().anyMatch(lower::contains);
    }

    private void markUnreachable(String chatId) {
        try {
            port.chatReachability(Channel.TELEGRAM, chatId, false);
            log.info("Telegram chat {} marked unreachable: the bot was blocked or removed", chatId);
        } catch (RuntimeException e) {
            // the delivery outcome stands; the next my_chat_member update or failed send tries again
            log.warn("Telegram chat {} could not be marked unreachable", chatId, e);
        }
    }
}
