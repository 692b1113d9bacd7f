package io.switchboard.connector.facebook.graph;

import com.restfb.types.send.QuickReply;
import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.connector.facebook.MessagingWindow;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Delivers replies on Facebook, and moderates page comments (hide, show again, delete) for staff.
 * <ul>
 *   <li>{@code post:<post id>} conversations: a reply in the thread of the comment answered
 *       ({@code POST /{comment-id}/comments}, under the comment's parent when the comment is itself
 *       a reply), or a comment on the post when the post itself is answered.</li>
 *   <li>{@code messenger:<psid>} conversations: the Send API with {@code messaging_type: RESPONSE},
 *       only while the {@link MessagingWindow} is open. Once it has closed nothing is sent and the
 *       delivery fails for good ({@link DeliveryException.Kind#PERMANENT}, "outside the 24-hour
 *       messaging window"). The router asks {@link #canReply} before it queues a reply and opens
 *       a ticket instead, so this happens only to a reply that waited in the outbox past the
 *       window. A message's choices are quick replies (their titles cut to Messenger's 20
 *       characters), whose press comes back with the choice's data as its payload.</li>
 * </ul>
 * A comment reply whose send was interrupted is looked for among the replies in its thread
 * ({@code GET /{comment-id}/comments}): the page's comment with the same text is the one Facebook
 * took. A Messenger message cannot be looked up (the Send API keeps nothing we read back by
 * recipient), so it is sent again.
 *
 * <p>Announcements are posts on the page's feed ({@code POST /{page-id}/feed}) in plain text, every
 * language one after the other; an edit updates the post, a retraction deletes it.
 */
@Component
@ConditionalOnFacebook
class FacebookGateway implements ChannelGateway {

    /** Messenger refuses longer texts. */
    static final int MESSENGER_TEXT_LIMIT = 2000;
    /** Messenger's limit on a quick reply's title. */
    static final int QUICK_REPLY_TITLE_LIMIT = 20;
    /** Meta's clock and ours may differ: comments are looked through from this much before the interrupted call. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final GraphApi graph;
    private final MessagingWindow window;
    private final String windowClosed;
    private final String pageId;

    FacebookGateway(GraphApi graph, MessagingWindow window, FacebookProperties properties) {
        this.graph = graph;
        this.pageId = properties.pageId();
        this.window = window;
        this.windowClosed = "outside the " + properties.messagingWindow().toHours() + "-hour messaging window";
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    /** Messenger conversations show quick replies; comments show no buttons. */
    @Override
    public boolean offersChoices(String conversationKey) {
        return FacebookConversations.psid(conversationKey).isPresent();
    }

    /** Messenger takes 2000 characters in a message; comments take more than a staff reply may hold. */
    @Override
    public int textLimit(String conversationKey) {
        return FacebookConversations.psid(conversationKey).isPresent() ? MESSENGER_TEXT_LIMIT : Integer.MAX_VALUE;
    }

    /** False for a Messenger conversation whose window has closed: the router opens a ticket instead. */
    @Override
    public boolean canReply(String conversationKey) {
        return window.isOpen(conversationKey);
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        String text = PlainText.of(message.text(), message.format());
        String conversation = message.conversationKey();
        Optional<String> psid = FacebookConversations.psid(conversation);
        if (psid.isPresent()) {
            if (!window.isOpen(conversation)) {
                throw DeliveryException.permanent(windowClosed, null);
            }
            if (text.length() > MESSENGER_TEXT_LIMIT) {
                throw DeliveryException.permanent("Messenger texts are limited to " + MESSENGER_TEXT_LIMIT
                        + " characters, this one has " + text.length(), null);
            }
            return new DeliveryReceipt(graph.sendMessage(psid.get(), text, quickReplies(message.choices())));
        }
        Optional<String> postId = FacebookConversations.postId(conversation);
        if (postId.isPresent()) {
            return new DeliveryReceipt(graph.comment(commentTarget(message, postId.get()), text));
        }
        throw DeliveryException.permanent("not a Facebook conversation: '" + conversation + "'", null);
    }

    private static List<QuickReply> quickReplies(List<Choice> choices) {
        return choices.stream().map(choice -> new QuickReply(title(choice.label()), choice.data())).toList();
    }

    /** The label, cut to Messenger's limit after a whole character, with "…" when cut. */
    static String title(String label) {
        if (label.codePointCount(0, label.length()) <= QUICK_REPLY_TITLE_LIMIT) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, QUICK_REPLY_TITLE_LIMIT - 1)).stripTrailing() + "…";
    }

    /** The page's comment with this text where {@link #send} puts it; Messenger cannot tell. */
    @Override
    public DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        Optional<String> postId = FacebookConversations.postId(message.conversationKey());
        if (postId.isEmpty()) {
            return DeliveryLookup.CANNOT_TELL;
        }
        String text = PlainText.of(message.text(), message.format());
        return graph.findPageComment(commentTarget(message, postId.get()), text, since.minus(CLOCK_SLACK))
                .map(id -> DeliveryLookup.delivered(new DeliveryReceipt(id)))
                .orElse(DeliveryLookup.NOT_DELIVERED);
    }

    /** The thread of the comment answered, or the post when the post itself is answered. */
    private String commentTarget(OutboundMessage message, String postId) {
        String answered = message.replyToMessageId();
        return answered == null || answered.equals(postId) ? postId : graph.threadOf(answered);
    }

    private static final Set<ModerationAction> COMMENT_ACTIONS =
            EnumSet.of(ModerationAction.HIDE, ModerationAction.UNHIDE, ModerationAction.DELETE);

    /** Page comments can be hidden, shown again and deleted; Messenger messages cannot. */
    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return FacebookConversations.postId(conversationKey).isPresent() ? COMMENT_ACTIONS : Set.of();
    }

    /**
     * {@code POST /{comment-id}} with {@code is_hidden=true} or {@code false}, or
     * {@code DELETE /{comment-id}}.
     */
    @Override
    public void moderate(ModerationRequest request) {
        if (!moderationActions(request.conversationKey()).contains(request.action())) {
            throw DeliveryException.permanent("only page comments can be hidden, shown again or deleted, not messages of '"
                    + request.conversationKey() + "' (asked to " + request.action().key() + ")", null);
        }
        String commentId = request.messageId();
        switch (request.action()) {
            case HIDE -> graph.setHidden(commentId, true);
            case UNHIDE -> graph.setHidden(commentId, false);
            default -> graph.delete(commentId, "a comment");
        }
    }

    /** The page's own feed. */
    @Override
    public List<String> broadcastTargets() {
        return List.of(pageId);
    }

    @Override
    public DeliveryReceipt publish(String target, Broadcast broadcast) {
        return new DeliveryReceipt(graph.publishPost(text(broadcast)));
    }

    @Override
    public boolean editsBroadcasts() {
        return true;
    }

    @Override
    public void edit(String target, String messageId, Broadcast broadcast) {
        graph.updatePost(messageId, text(broadcast));
    }

    @Override
    public void retract(String target, String messageId) {
        graph.delete(messageId, "a page post");
    }

    /** Each language's title over its body, then the link. */
    static String text(Broadcast broadcast) {
        String text = broadcast.texts().stream().map(t -> t.title() + "\n\n" + t.body())
                .collect(Collectors.joining("\n\n"));
        return broadcast.link() == null ? text : text + "\n\n" + broadcast.link();
    }
}
