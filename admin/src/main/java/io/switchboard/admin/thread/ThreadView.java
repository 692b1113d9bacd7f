package io.switchboard.admin.thread;

import io.switchboard.admin.email.MailOriginals;
import io.switchboard.core.gateway.ModerationAction;
import java.util.List;
import java.util.Map;

/**
 * Everything the console's thread page shows: the conversation and its tickets, where it is on its
 * platform, how each reply's delivery went, what staff can do there, and articles to answer with.
 *
 * @param link the conversation on its platform; null where none can be built
 * @param telegramTopic the forum topic of a Telegram group conversation; null otherwise
 * @param messageLinks members' messages on their platform, by message id
 * @param deliveries outgoing messages' deliveries, by message id
 * @param guardRemovals members' messages the scam guard took off the platform (and no moderator
 *     undid): the guard decision's id, by message id; restoring one is undoing that decision
 * @param messageActions by message id, what staff can do to each member's message here: what the
 *     platform offers that still makes sense for the message as it stands, by the moderation
 *     queue's rule ({@link io.switchboard.core.moderation.MessageStanding}); none when the platform
 *     offers nothing or its connector is off
 * @param originals by message id, what a member's message's stored event says beyond the thread message: an
 *     e-mail's whole text, why it is never answered
 * @param account the user name of the account the member's identity is linked to (a verified e-mail address);
 *     null for none
 * @param connectorOn whether replies can go out on the thread's channel
 * @param filesAllowed whether a reply may carry files: the channel's gateway sends them
 * @param suggestions the answer engine's articles for the latest message from the member, best first
 * @param canned the knowledge-base articles that match the page's search
 * @param cannedText the text of the article picked to start the reply with; null when none was
 */
record ThreadView(ThreadDetail detail, String link, String telegramTopic, Map<Long, String> messageLinks,
        Map<Long, Delivery> deliveries, Map<Long, Long> guardRemovals, Map<Long, List<ModerationAction>> messageActions,
        Map<Long, MailOriginals.Original> originals, String account, boolean connectorOn, boolean filesAllowed,
        List<CannedReply> suggestions, List<CannedReply> canned, String cannedText) {

    /** While a reply waits for delivery the page refreshes itself. Public for the template. */
    public boolean waiting() {
        return deliveries.values().stream().anyMatch(Delivery::waiting);
    }
}
