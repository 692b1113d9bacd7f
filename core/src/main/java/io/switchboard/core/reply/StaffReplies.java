package io.switchboard.core.reply;

/**
 * How staff answer a support thread from the admin console: the reply goes to the thread's
 * conversation on its own channel, through the outbox, like the bot's replies. Implemented by
 * the router; the admin module calls it without depending on the router.
 */
public interface StaffReplies {

    /**
     * Queues a staff member's reply in the thread's conversation.
     *
     * @return the id of the outbox entry that will deliver it
     * @throws java.util.NoSuchElementException when there is no such thread
     */
    long reply(long threadId, String staffName, String text);
}
