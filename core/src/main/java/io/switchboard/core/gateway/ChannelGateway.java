package io.switchboard.core.gateway;

import io.switchboard.core.announcement.AnnouncementChannel;
import io.switchboard.core.channel.Channel;
import java.time.Instant;
import java.util.Set;

/**
 * How the router reaches a platform. One implementation per channel, provided by its connector;
 * the router finds them as Spring beans and never imports a connector. Where it posts
 * announcements ({@link #broadcastTargets}) it declares as an {@link AnnouncementChannel}.
 */
public interface ChannelGateway extends AnnouncementChannel {

    @Override
    Channel channel();

    /**
     * Sends one message, synchronously.
     *
     * @throws DeliveryException when the platform did not take it; its kind says whether and when
     *     to try again
     */
    DeliveryReceipt send(OutboundMessage message);

    /**
     * Whether the platform already has this message, sent by us since {@code since}: asked before
     * sending a message again whose earlier {@link #send} was interrupted (the process died during
     * the call, so nobody recorded whether the platform took it). A gateway that can tell looks
     * for a message of our account with the same text where {@link #send} would put it.
     *
     * @param since when the earliest interrupted call started
     * @return {@link DeliveryLookup#CANNOT_TELL} by default: the platform keeps no history we can
     *     read, so the message is sent again and may arrive twice
     * @throws DeliveryException when the lookup failed, with the same kinds as {@link #send}: when
     *     rate-limited or transient the message is not sent and is looked up again on the next try;
     *     a permanent refusal of the lookup (no access to it) counts as cannot tell
     */
    default DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        return DeliveryLookup.CANNOT_TELL;
    }

    /**
     * Whether the platform takes a reply in this conversation now. Messenger, for one, lets a page
     * answer with a standard message only within 24 hours of the person's last message; when this
     * says no, the router opens a ticket instead of queueing a reply that could never be sent.
     *
     * @param conversationKey the conversation as the connector keyed it
     */
    default boolean canReply(String conversationKey) {
        return true;
    }

    /**
     * Whether a message in this conversation can carry {@link OutboundMessage#choices buttons} and
     * the member's press comes back as an {@link io.switchboard.core.inbound.InboundKind#CHOICE}:
     * Telegram's private chats (inline keyboards) and Messenger (quick replies) can. Where this says
     * no, the router offers none and {@link #send} may ignore them. False by default.
     *
     * @param conversationKey the conversation as the connector keyed it
     */
    default boolean offersChoices(String conversationKey) {
        return false;
    }

    /**
     * Whether the platform carries the files of {@link OutboundMessage#attachments} in this conversation (e-mail
     * does); where this says no, staff are not offered to attach files and {@link #send} ignores them. False by
     * default.
     */
    default boolean sendsAttachments(String conversationKey) {
        return false;
    }

    /**
     * Whether a member who writes again in a conversation the bot has just answered is saying that the answer
     * did not solve it, so the message goes to an agent rather than to the answer engine again: an e-mail answer
     * says "reply to this e-mail if it did not help and an agent will take over". False by default: on chat
     * platforms people ask a next question in the same chat, and say "no" with the buttons.
     */
    default boolean followUpHandsOver(String conversationKey) {
        return false;
    }

    /**
     * The longest text the platform takes in one message in this conversation, once the connector
     * has shaped it (X's public replies, for one, are shortened to a link by the connector): staff
     * replies longer than this are refused before they are queued, rather than refused by the
     * platform later. No limit by default.
     */
    default int textLimit(String conversationKey) {
        return Integer.MAX_VALUE;
    }

    /** The moderation actions the platform allows on messages of this conversation; none by default. */
    default Set<ModerationAction> moderationActions(String conversationKey) {
        return Set.of();
    }

    /**
     * Whether taking this message away (hidden or deleted) takes its whole conversation out of
     * members' sight: a forum topic's opening post hides the topic, while a Telegram group or a
     * Facebook post stays up without one of its messages. Nothing posted there afterwards would be
     * read. False by default.
     */
    default boolean removalHidesConversation(String conversationKey, String messageId) {
        return false;
    }

    /**
     * Carries out a moderation action, synchronously.
     *
     * @throws DeliveryException when the platform refused or could not be reached, with the same
     *     kinds as {@link #send}; permanent for an action {@link #moderationActions} does not list
     */
    default void moderate(ModerationRequest request) {
        throw DeliveryException.permanent(channel().key() + " cannot " + request.action().key() + " messages of "
                + request.conversationKey(), null);
    }

    /*
     * Announcements. A broadcast is not a reply: it goes to targets the operator configured rather
     * than to a member's conversation, and its copy lives on (pinned, edited, deleted), so it has
     * calls of its own. Their failures are DeliveryExceptions with the same kinds as send().
     */

    /** Posts an announcement to one of the {@link #broadcastTargets}; the receipt names the copy. */
    default DeliveryReceipt publish(String target, Broadcast broadcast) {
        throw DeliveryException.permanent(channel().key() + " takes no announcements", null);
    }

    /**
     * Whether {@code target} already shows this announcement, published by us since {@code since}:
     * asked, like {@link #findDelivered} for a reply, before publishing a copy again whose earlier
     * {@link #publish} was interrupted (a crash during the call, or a call that went unanswered).
     * A gateway that can tell cheaply looks for a post of our account with the same title or text
     * where {@link #publish} would put it.
     *
     * @param since when the earliest interrupted publish call started
     * @return {@link DeliveryLookup#CANNOT_TELL} by default: the copy is published again and the
     *     community may see it twice
     * @throws DeliveryException as {@link #findDelivered} does: when rate-limited or transient the
     *     copy is not published and is looked up again on the next try; a permanent refusal of the
     *     lookup counts as cannot tell
     */
    default DeliveryLookup findPublished(String target, Broadcast broadcast, Instant since) {
        return DeliveryLookup.CANNOT_TELL;
    }

    /** Pins a published copy; a platform without pins does nothing. */
    default void pin(String target, String messageId) {
    }

    /** Takes a published copy's pin down (its announcement expired); a platform without pins does nothing. */
    default void unpin(String target, String messageId) {
    }

    /** Whether {@link #edit} can change a published copy (X cannot). */
    default boolean editsBroadcasts() {
        return false;
    }

    /** Replaces the text of a published copy. */
    default void edit(String target, String messageId, Broadcast broadcast) {
        throw DeliveryException.permanent(channel().key() + " cannot edit a published announcement", null);
    }

    /** Deletes a published copy, or hides it where the platform only hides. */
    default void retract(String target, String messageId) {
        throw DeliveryException.permanent(channel().key() + " cannot delete a published announcement", null);
    }
}
