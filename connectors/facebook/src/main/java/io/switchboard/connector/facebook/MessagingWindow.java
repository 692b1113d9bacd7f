package io.switchboard.connector.facebook;

/**
 * Whether the page may still answer a Messenger conversation with a standard message. Meta lets a
 * page reply with {@code messaging_type: RESPONSE} only within 24 hours (configurable as
 * {@code switchboard.facebook.messaging-window}) of the person's last message; after that the
 * Facebook gateway refuses to send and the conversation needs a ticket instead. The router asks
 * this before it decides to answer a Messenger conversation.
 */
public interface MessagingWindow {

    /**
     * @param conversationKey a Facebook conversation key
     * @return true for a {@code messenger:} conversation whose last message from the person is
     *     younger than the window, and for comment conversations, which have no window; false for
     *     a Messenger conversation with no stored message or whose window has closed
     */
    boolean isOpen(String conversationKey);
}
