package io.switchboard.connector.telegram;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.ChatPermissions;

/**
 * What staff can do in a Telegram chat, as Bot API calls: {@code deleteMessage}; in supergroups
 * {@code restrictChatMember} with no permissions to mute (all of them to unmute, which is how
 * Telegram lifts a restriction); in groups {@code banChatMember} and {@code unbanChatMember}. In a
 * private chat a bot may only delete messages. The bot must be an admin of the group with the
 * rights to delete messages and to ban users; without them Telegram answers "not enough rights",
 * which becomes a permanent failure that says which right is missing.
 */
final class TelegramModeration {

    private static final Set<ModerationAction> PRIVATE = EnumSet.of(ModerationAction.DELETE);
    private static final Set<ModerationAction> GROUP =
            EnumSet.of(ModerationAction.DELETE, ModerationAction.BAN, ModerationAction.UNBAN);
    private static final Set<ModerationAction> SUPERGROUP = EnumSet.of(ModerationAction.DELETE,
            ModerationAction.MUTE, ModerationAction.UNMUTE, ModerationAction.BAN, ModerationAction.UNBAN);

    /** Telegram's ids of supergroups (and channels) start so; basic groups are plain negative numbers. */
    private static final String SUPERGROUP_PREFIX = "-100";

    private final Clock clock;

    TelegramModeration(Clock clock) {
        this.clock = clock;
    }

    /** Private chats have the user's (positive) id, groups a negative one. */
    Set<ModerationAction> offered(String conversationKey) {
        String chatId = chatOf(conversationKey);
        if (!chatId.startsWith("-")) {
            return PRIVATE;
        }
        return chatId.startsWith(SUPERGROUP_PREFIX) ? SUPERGROUP : GROUP;
    }

    /**
     * The Bot API call for a request.
     *
     * @throws DeliveryException permanent, for a request that cannot be carried out in that chat
     */
    BotApiMethod<Boolean> call(ModerationRequest request) {
        String chatId = chatOf(request.conversationKey());
        if (!offered(request.conversationKey()).contains(request.action())) {
            throw DeliveryException.permanent("Telegram offers no " + request.action().key() + " in chat " + chatId
                    + (chatId.startsWith("-") ? " (muting needs a supergroup)" : " (a private chat)"), null);
        }
        if (request.action() == ModerationAction.DELETE) {
            ChatScopedId message = ChatScopedId.parse(request.messageId())
                    .filter(id -> id.chatId().equals(chatId))
                    .orElseThrow(() -> DeliveryException.permanent("message id '" + request.messageId()
                            + "' is not <chat id>:<message id> of chat " + chatId, null));
            return DeleteMessage.builder().chatId(chatId).messageId(message.number()).build();
        }
        long user = member(request);
        return switch (request.action()) {
            case MUTE -> RestrictChatMember.builder().chatId(chatId).userId(user).permissions(permissions(false))
                    .untilDate(untilDate(request)).build();
            case UNMUTE -> RestrictChatMember.builder().chatId(chatId).userId(user).permissions(permissions(true))
                    .build();
            case BAN -> BanChatMember.builder().chatId(chatId).userId(user).untilDate(untilDate(request)).build();
            default -> UnbanChatMember.builder().chatId(chatId).userId(user).onlyIfBanned(true).build();
        };
    }

    /** What Telegram's refusal means for staff: which admin right the bot is missing, when that is it. */
    static String refusal(ModerationAction action, String chatId, String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (lower.contains("not enough rights") || lower.contains("chat_admin_required")
                || lower.contains("have no rights")) {
            String right = action == ModerationAction.DELETE ? "delete messages" : "ban users";
            return "the bot is not an admin of chat " + chatId + " with the right to " + right
                    + " (Telegram: " + description + ")";
        }
        if (lower.contains("can't be deleted")) {
            return "Telegram cannot delete the message in chat " + chatId + ": it is over 48 hours old, or the bot"
                    + " is not an admin with the right to delete messages (Telegram: " + description + ")";
        }
        return "Telegram refused to " + action.key() + " in chat " + chatId + ": " + description;
    }

    static String chatOf(String conversationKey) {
        return ChatScopedId.parse(conversationKey).map(ChatScopedId::chatId).orElse(conversationKey);
    }

    /** A member posting as a channel or as the anonymous group admin has a negative id, which Telegram cannot restrict. */
    private static long member(ModerationRequest request) {
        try {
            long user = Long.parseLong(request.memberId() == null ? "" : request.memberId());
            if (user > 0) {
                return user;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DeliveryException.permanent("Telegram needs the author's user id to " + request.action().key()
                + ", and '" + request.memberId() + "' is none (a post on behalf of a channel?)", null);
    }

    /** Telegram's {@code until_date}: absent for good (as is anything over 366 days, on Telegram's side). */
    private Integer untilDate(ModerationRequest request) {
        if (request.duration() == null) {
            return null;
        }
        return Math.toIntExact(Instant.now(clock).plus(request.duration()).getEpochSecond());
    }

    private static ChatPermissions permissions(boolean allowed) {
        return ChatPermissions.builder()
                .canSendMessages(allowed).canSendAudios(allowed).canSendDocuments(allowed).canSendPhotos(allowed)
                .canSendVideos(allowed).canSendVideoNotes(allowed).canSendVoiceNotes(allowed).canSendPolls(allowed)
                .canSendOtherMessages(allowed).canAddWebPagePreviews(allowed)
                .build();
    }
}
