package io.switchboard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds Telegram updates in the Bot API's JSON shape, as users' messages would arrive. */
public final class TelegramUpdates {

    public static final long GROUP_CHAT_ID = -1001234567890L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TelegramUpdates() {
    }

    /** A private chat: the chat id is the user's id. */
    public static String privateText(long updateId, long messageId, long userId, String languageCode, String text) {
        ObjectNode message = message(messageId, userId, languageCode, text);
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "User" + userId);
        return update(updateId, message);
    }

    public static String groupText(long updateId, long messageId, long userId, String text) {
        ObjectNode message = message(messageId, userId, "en", text);
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        return update(updateId, message);
    }

    /** A group message starting with an @mention of the bot, with the mention entity Telegram adds. */
    public static String groupMention(long updateId, long messageId, long userId, String question) {
        String text = "@" + FakeTelegramServer.BOT_USERNAME + " " + question;
        ObjectNode message = message(messageId, userId, "en", text);
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        message.putArray("entities").addObject().put("type", "mention").put("offset", 0)
                .put("length", FakeTelegramServer.BOT_USERNAME.length() + 1);
        return update(updateId, message);
    }

    /** A member's {@code /report} in the group, replying to another member's message. */
    public static String groupReport(long updateId, long messageId, long reporterId, long reportedMessageId,
            long reportedUserId, String reportedText) {
        ObjectNode message = message(messageId, reporterId, "en", "/report");
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", 7);
        ObjectNode reported = message(reportedMessageId, reportedUserId, "en", reportedText);
        reported.set("chat", message.get("chat").deepCopy());
        message.set("reply_to_message", reported);
        return update(updateId, message);
    }

    /** A group message that starts with a command for this bot ({@code /status@Bot ...}), with its entity. */
    public static String groupCommand(long updateId, long messageId, long userId, String command, String rest) {
        String addressed = command + "@" + FakeTelegramServer.BOT_USERNAME;
        ObjectNode message = message(messageId, userId, "en", rest.isEmpty() ? addressed : addressed + " " + rest);
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                .put("length", addressed.length());
        return update(updateId, message);
    }

    private static ObjectNode message(long messageId, long userId, String languageCode, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "User" + userId)
                .put("username", "user" + userId).put("language_code", languageCode);
        message.put("date", 1764000000L + messageId);
        message.put("text", text);
        return message;
    }

    private static String update(long updateId, ObjectNode message) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set("message", message);
        return update.toString();
    }
}
