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
        return groupText(updateId, messageId, userId, GROUP_CHAT_ID, text);
    }

    /** A message in the supergroup {@code chatId}, one of several groups the bot is in. */
    public static String groupText(long updateId, long messageId, long userId, long chatId, String text) {
        ObjectNode message = message(messageId, userId, "en", text);
        message.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "NovaEx Community");
        return update(updateId, message);
    }

    /**
     * An {@code edited_message} update: the member changed the text of group message
     * {@code messageId}; Telegram repeats the message with its new text and an {@code edit_date}.
     */
    public static String groupEdit(long updateId, long messageId, long userId, String newText) {
        ObjectNode message = message(messageId, userId, "en", newText);
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        message.put("edit_date", message.get("date").asLong() + 60);
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set("edited_message", message);
        return update.toString();
    }

    /** A group message starting with an @mention of the bot, with the mention entity Telegram adds. */
    public static String groupMention(long updateId, long messageId, long userId, String question) {
        return groupMention(updateId, messageId, userId, "User" + userId, "user" + userId, question);
    }

    /** A group mention of the bot by a member with this first name and username. */
    public static String groupMention(long updateId, long messageId, long userId, String firstName, String username,
            String question) {
        String text = "@" + FakeTelegramServer.BOT_USERNAME + " " + question;
        ObjectNode message = message(messageId, userId, "en", text);
        ((ObjectNode) message.get("from")).put("first_name", firstName).put("username", username);
        message.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        message.putArray("entities").addObject().put("type", "mention").put("offset", 0)
                .put("length", FakeTelegramServer.BOT_USERNAME.length() + 1);
        return update(updateId, message);
    }

    /**
     * A {@code chat_member} update: the member joined the group by themselves (by a link), as
     * Telegram tells a bot that is an admin there.
     */
    public static String memberJoined(long updateId, long userId, String firstName, String username) {
        ObjectNode change = JSON.createObjectNode();
        change.putObject("chat").put("id", GROUP_CHAT_ID).put("type", "supergroup").put("title", "NovaEx Community");
        ObjectNode user = change.putObject("from").put("id", userId).put("is_bot", false).put("first_name", firstName)
                .put("username", username);
        change.put("date", 1764000000L);
        change.putObject("old_chat_member").put("status", "left").set("user", user.deepCopy());
        change.putObject("new_chat_member").put("status", "member").set("user", user.deepCopy());
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set("chat_member", change);
        return update.toString();
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

    /**
     * A {@code callback_query} update: the member pressed a button with {@code callbackData} under the
     * bot's message {@code botMessageId} in their private chat with the bot. The query's id is made
     * from the update id, as unique as Telegram's.
     */
    public static String buttonPress(long updateId, long userId, int botMessageId, String callbackData) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cq" + updateId);
        query.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "User" + userId)
                .put("username", "user" + userId).put("language_code", "en");
        ObjectNode buttons = query.putObject("message");
        buttons.put("message_id", botMessageId);
        buttons.putObject("from").put("id", FakeTelegramServer.BOT_ID).put("is_bot", true)
                .put("first_name", "NovaEx Support").put("username", FakeTelegramServer.BOT_USERNAME);
        buttons.putObject("chat").put("id", userId).put("type", "private").put("first_name", "User" + userId);
        buttons.put("date", 1764000000L + botMessageId);
        buttons.put("text", "…");
        query.put("chat_instance", "ci" + userId);
        query.put("data", callbackData);
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set("callback_query", query);
        return update.toString();
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
