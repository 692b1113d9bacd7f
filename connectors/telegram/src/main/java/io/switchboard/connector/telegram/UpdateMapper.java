package io.switchboard.connector.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.ForwardOrigin;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOrigin;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChannel;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChat;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginHiddenUser;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns one Telegram update (its JSON, as polled or posted to the webhook) into what it means for
 * Switchboard. Ids follow one scheme: {@code eventId} is the update id, {@code messageId} is
 * {@code "<chat id>:<message id>"} (edits keep the id of the message they change), and the
 * conversation is the chat, or {@code "<chat id>:<topic id>"} inside a forum topic. A member's
 * {@code /report} in a group is for the moderation queue, not for support.
 */
final class UpdateMapper {

    /** The update types the connector asks Telegram for (getUpdates and setWebhook). */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "channel_post",
            "edited_channel_post", "my_chat_member", "chat_member", "callback_query");

    /** A member calls the moderators to the message they answer (the usual convention of group admin bots). */
    private static final String REPORT = "/report";

    private static final Set<String> REACHABLE = Set.of("member", "administrator");
    private static final Set<String> UNREACHABLE = Set.of("left", "kicked");
    /** Statuses of someone in the group, owner and admins included. */
    private static final Set<String> JOINED = Set.of("member", "administrator", "creator");

    private final BotIdentity bot;
    /** The application's mapper: it has learnt TelegramBots' large type tree once for all its users. */
    private final ObjectMapper json;
    private final Clock clock;

    UpdateMapper(BotIdentity bot, ObjectMapper json, Clock clock) {
        this.bot = bot;
        this.json = json;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the JSON is not an update TelegramBots can read */
    MappedUpdate map(JsonNode raw) {
        Update update = read(raw);
        String eventId = update.getUpdateId().toString();
        if (update.getMessage() != null) {
            return message(eventId, raw, update.getMessage(), InboundKind.MESSAGE);
        }
        if (update.getEditedMessage() != null) {
            return message(eventId, raw, update.getEditedMessage(), InboundKind.EDIT);
        }
        if (update.getChannelPost() != null) {
            return message(eventId, raw, update.getChannelPost(), InboundKind.CHANNEL_POST);
        }
        if (update.getEditedChannelPost() != null) {
            return message(eventId, raw, update.getEditedChannelPost(), InboundKind.EDIT);
        }
        if (update.getMyChatMember() != null) {
            return reachability(update.getMyChatMember());
        }
        if (update.getChatMember() != null) {
            return join(eventId, raw, update.getChatMember());
        }
        if (update.getCallbackQuery() != null) {
            return press(eventId, raw, update.getCallbackQuery());
        }
        return new MappedUpdate.Ignored(updateType(raw) + " updates are not used");
    }

    private Update read(JsonNode raw) {
        Update update;
        try {
            update = json.treeToValue(raw, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update TelegramBots can read: " + e.getOriginalMessage());
        }
        if (update == null || update.getUpdateId() == null) {
            throw new IllegalArgumentException("not a Telegram update: update_id is missing");
        }
        return update;
    }

    private MappedUpdate message(String eventId, JsonNode raw, Message message, InboundKind kind) {
        String text = message.getText() != null ? message.getText() : message.getCaption();
        List<Attachment> attachments = attachments(message);
        if (text == null && attachments.isEmpty()) {
            return new MappedUpdate.Ignored("message without text or file (service message, poll, location...)");
        }
        Chat chat = message.getChat();
        long chatId = chat.getId();
        boolean privateChat = "private".equals(chat.getType());
        boolean channel = "channel".equals(chat.getType());
        Message repliedTo = repliedTo(message);
        boolean inTopic = Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null;
        String conversationKey = inTopic ? ChatScopedId.format(chatId, message.getMessageThreadId()) : Long.toString(chatId);
        if (kind == InboundKind.MESSAGE && !privateChat && !channel && isReport(message)) {
            return report(message, repliedTo, conversationKey, inTopic ? message.getMessageThreadId() : null);
        }
        int date = kind == InboundKind.EDIT && message.getEditDate() != null ? message.getEditDate() : message.getDate();
        return new MappedUpdate.Inbound(new InboundMessage(
                Channel.TELEGRAM,
                eventId,
                ChatScopedId.format(chatId, message.getMessageId()),
                conversationKey,
                new ChatRef(Long.toString(chatId), chat.getTitle(), chat.getType()),
                author(message),
                kind,
                text,
                repliedTo == null ? null : ChatScopedId.format(chatId, repliedTo.getMessageId()),
                attachments,
                Instant.ofEpochSecond(date),
                privateChat,
                !channel && (privateChat || addressesBot(message, repliedTo)),
                raw.toString(),
                hiddenLinks(text, message),
                null,
                Screening.NONE,
                forwardOrigin(message)));
    }

    /**
     * Who first wrote a forwarded message ({@code forward_origin}): a user, a user who hides their account (only
     * the name they go by), a group or a channel. Null for a message that is not forwarded.
     */
    private static ForwardOrigin forwardOrigin(Message message) {
        MessageOrigin origin = message.getForwardOrigin();
        if (origin instanceof MessageOriginUser user && user.getSenderUser() != null) {
            User sender = user.getSenderUser();
            return new ForwardOrigin(ForwardOrigin.Kind.USER, sender.getId().toString(),
                    join(sender.getFirstName(), sender.getLastName()), sender.getUserName());
        }
        if (origin instanceof MessageOriginHiddenUser hidden) {
            return new ForwardOrigin(ForwardOrigin.Kind.HIDDEN_USER, null, hidden.getSenderUserName(), null);
        }
        if (origin instanceof MessageOriginChat chat && chat.getSenderChat() != null) {
            return chatOrigin(ForwardOrigin.Kind.CHAT, chat.getSenderChat());
        }
        if (origin instanceof MessageOriginChannel channel && channel.getChat() != null) {
            return chatOrigin(ForwardOrigin.Kind.CHANNEL, channel.getChat());
        }
        return null;
    }

    private static ForwardOrigin chatOrigin(ForwardOrigin.Kind kind, Chat chat) {
        return new ForwardOrigin(kind, chat.getId().toString(), chat.getTitle(), chat.getUserName());
    }

    /**
     * Links whose text is not their address ({@code text_link}: "Claim here", or a genuine-looking
     * "https://novaex.com" that opens somewhere else), each shown text to where it leads, for the
     * scam guard. Two links with the same text keep the first one's address.
     */
    private static Map<String, String> hiddenLinks(String text, Message message) {
        List<MessageEntity> entities = message.getText() != null ? message.getEntities() : message.getCaptionEntities();
        if (entities == null) {
            return Map.of();
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (MessageEntity entity : entities) {
            String shown = entityText(text, entity);
            if ("text_link".equals(entity.getType()) && entity.getUrl() != null && !shown.isBlank()
                    && !shown.equals(entity.getUrl())) {
                links.putIfAbsent(shown, entity.getUrl());
            }
        }
        return links;
    }

    /** {@code /report} (or {@code /report@ThisBot}) at the start of a message. */
    private boolean isReport(Message message) {
        if (message.getText() == null || message.getEntities() == null) {
            return false;
        }
        return message.getEntities().stream()
                .filter(entity -> "bot_command".equals(entity.getType()) && Integer.valueOf(0).equals(entity.getOffset()))
                .map(entity -> entityText(message.getText(), entity))
                .anyMatch(command -> {
                    int at = command.indexOf('@');
                    String name = at < 0 ? command : command.substring(0, at);
                    return REPORT.equalsIgnoreCase(name) && (at < 0 || bot.hasUsername(command.substring(at + 1)));
                });
    }

    /**
     * The reported message for the moderation queue: who wrote it and how it starts; none for the
     * bot's own. The command message is the report's id: a redelivered update carries the same one.
     */
    private MappedUpdate report(Message command, Message reported, String conversationKey, Integer topicId) {
        long chatId = command.getChat().getId();
        ModerationFlag flag = null;
        if (reported != null && !bot.isBot(reported.getFrom())) {
            Author author = author(reported);
            String excerpt = reported.getText() != null ? reported.getText() : reported.getCaption();
            flag = new ModerationFlag(Channel.TELEGRAM, conversationKey, ChatScopedId.format(chatId,
                    reported.getMessageId()), author.platformId(), author.displayName(), excerpt,
                    "reported with /report in " + (command.getChat().getTitle() != null ? command.getChat().getTitle()
                            : "the group"), Flagger.member(author(command).platformId()), false,
                    ChatScopedId.format(chatId, command.getMessageId()));
        }
        String language = command.getFrom() == null ? null : command.getFrom().getLanguageCode();
        return new MappedUpdate.Report(flag, Long.toString(chatId), topicId, command.getMessageId(), language);
    }

    /**
     * The message this one answers, or null. In a forum topic Telegram marks every message as a
     * reply to the topic's creation message; that is the topic, not a reply.
     */
    private static Message repliedTo(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null
                || Boolean.TRUE.equals(message.getIsTopicMessage())
                        && replied.getMessageId().equals(message.getMessageThreadId())) {
            return null;
        }
        return replied;
    }

    /** A reply to the bot, a mention of it (by username or text mention), or a command not meant for another bot. */
    private boolean addressesBot(Message message, Message repliedTo) {
        if (repliedTo != null && bot.isBot(repliedTo.getFrom())) {
            return true;
        }
        String source = message.getText() != null ? message.getText() : message.getCaption();
        List<MessageEntity> entities = message.getText() != null ? message.getEntities() : message.getCaptionEntities();
        if (entities == null) {
            return false;
        }
        for (MessageEntity entity : entities) {
            String value = entityText(source, entity);
            boolean forBot = switch (entity.getType()) {
                case "mention" -> value.startsWith("@") && bot.hasUsername(value.substring(1));
                case "text_mention" -> bot.isBot(entity.getUser());
                // "/help" goes to every bot in a group; "/help@OtherBot" only to that one
                case "bot_command" -> value.indexOf('@') < 0 || bot.hasUsername(value.substring(value.indexOf('@') + 1));
                default -> false;
            };
            if (forBot) {
                return true;
            }
        }
        return false;
    }

    /** Entity offsets and lengths count UTF-16 code units, as Java strings do. */
    private static String entityText(String source, MessageEntity entity) {
        Integer offset = entity.getOffset();
        Integer length = entity.getLength();
        if (source == null || offset == null || length == null || offset < 0 || length < 0
                || offset + length > source.length()) {
            return "";
        }
        return source.substring(offset, offset + length);
    }

    /** The sender chat for posts on behalf of a channel or an anonymous admin; otherwise the user. */
    private static Author author(Message message) {
        User from = message.getFrom();
        if (from != null && message.getSenderChat() == null) {
            return new Author(from.getId().toString(), join(from.getFirstName(), from.getLastName()),
                    from.getUserName(), from.getLanguageCode());
        }
        Chat sender = message.getSenderChat() != null ? message.getSenderChat() : message.getChat();
        String name = sender.getTitle() != null ? sender.getTitle() : join(sender.getFirstName(), sender.getLastName());
        return new Author(sender.getId().toString(), name, sender.getUserName(), null);
    }

    private static String join(String first, String last) {
        String name = Stream.of(first, last).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /** Files by Telegram file_id; nothing is downloaded. */
    private static List<Attachment> attachments(Message message) {
        List<Attachment> attachments = new ArrayList<>();
        if (message.getPhoto() != null && !message.getPhoto().isEmpty()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingLong(size -> (long) size.getWidth() * size.getHeight()))
                    .orElseThrow();
            attachments.add(new Attachment("photo", largest.getFileId(), null));
        }
        if (message.getAnimation() != null) {
            // Telegram repeats an animation as a document for old clients: keep one of the two
            attachments.add(new Attachment("animation", message.getAnimation().getFileId(),
                    message.getAnimation().getMimeType()));
        } else if (message.getDocument() != null) {
            attachments.add(new Attachment("document", message.getDocument().getFileId(),
                    message.getDocument().getMimeType()));
        }
        if (message.getVoice() != null) {
            attachments.add(new Attachment("voice", message.getVoice().getFileId(), message.getVoice().getMimeType()));
        }
        if (message.getVideo() != null) {
            attachments.add(new Attachment("video", message.getVideo().getFileId(), message.getVideo().getMimeType()));
        }
        if (message.getAudio() != null) {
            attachments.add(new Attachment("audio", message.getAudio().getFileId(), message.getAudio().getMimeType()));
        }
        if (message.getSticker() != null) {
            attachments.add(new Attachment("sticker", message.getSticker().getFileId(), null));
        }
        return attachments;
    }

    private MappedUpdate reachability(ChatMemberUpdated change) {
        String status = change.getNewChatMember().getStatus();
        String chatId = change.getChat().getId().toString();
        if (UNREACHABLE.contains(status)) {
            return new MappedUpdate.Reachability(chatId, false);
        }
        if (REACHABLE.contains(status)) {
            return new MappedUpdate.Reachability(chatId, true);
        }
        return new MappedUpdate.Ignored("bot status '" + status + "' in chat " + chatId + " changes nothing");
    }

    /**
     * A member who joined a group (Telegram sends {@code chat_member} to bots that are admins there),
     * for the guard to check their name. Other changes of membership (leaving, promotions) and the
     * {@code new_chat_members} service message, which repeats a join the bot also gets as
     * {@code chat_member}, are not used.
     */
    private MappedUpdate join(String eventId, JsonNode raw, ChatMemberUpdated change) {
        String before = change.getOldChatMember().getStatus();
        String after = change.getNewChatMember().getStatus();
        User member = change.getNewChatMember().getUser();
        long chatId = change.getChat().getId();
        if (!isMember(change.getNewChatMember()) || isMember(change.getOldChatMember()) || member == null
                || bot.isBot(member)) {
            return new MappedUpdate.Ignored("membership change " + before + " -> " + after + " in chat " + chatId
                    + " is no join");
        }
        return new MappedUpdate.Inbound(new InboundMessage(
                Channel.TELEGRAM,
                eventId,
                chatId + ":joined:" + member.getId() + ":" + change.getDate(),
                Long.toString(chatId),
                new ChatRef(Long.toString(chatId), change.getChat().getTitle(), change.getChat().getType()),
                new Author(member.getId().toString(), join(member.getFirstName(), member.getLastName()),
                        member.getUserName(), member.getLanguageCode()),
                InboundKind.JOIN,
                "",
                null,
                List.of(),
                Instant.ofEpochSecond(change.getDate()),
                false,
                false,
                raw.toString()));
    }

    private MappedUpdate press(String eventId, JsonNode raw, CallbackQuery query) {
        MaybeInaccessibleMessage buttons = query.getMessage();
        if (buttons == null || buttons.getChat() == null || query.getData() == null || query.getFrom() == null) {
            return new MappedUpdate.Press(null, query.getId());
        }
        Chat chat = buttons.getChat();
        long chatId = chat.getId();
        User from = query.getFrom();
        return new MappedUpdate.Press(new InboundMessage(
                Channel.TELEGRAM,
                eventId,
                "callback:" + query.getId(),
                Long.toString(chatId),
                new ChatRef(Long.toString(chatId), chat.getTitle(), chat.getType()),
                new Author(from.getId().toString(), join(from.getFirstName(), from.getLastName()), from.getUserName(),
                        from.getLanguageCode()),
                InboundKind.CHOICE,
                query.getData(),
                ChatScopedId.format(chatId, buttons.getMessageId()),
                List.of(),
                clock.instant(),
                "private".equals(chat.getType()),
                true,
                raw.toString()), query.getId());
    }

    /** Restricted members may be in the group or not; {@code is_member} says which. */
    private static boolean isMember(ChatMember member) {
        return member instanceof ChatMemberRestricted restricted ? Boolean.TRUE.equals(restricted.getIsMember())
                : JOINED.contains(member.getStatus());
    }

    private static String updateType(JsonNode raw) {
        for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"update_id".equals(name)) {
                return name;
            }
        }
        return "empty";
    }
}
