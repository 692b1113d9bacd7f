package io.switchboard.forum.pipeline;

import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import io.switchboard.web.markdown.Markdown;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.PostKind;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Topic;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The forum as a channel of the support pipeline, outbound: the outbox's replies become official
 * posts in the topic named by the conversation key, labelled by who speaks: the bot's answers and
 * its notices (which cannot be accepted as the answer) as the bot account, staff replies as the
 * staff member's account; the receipt carries the post id,
 * the same form {@link ForumIntake} uses for message ids. The text, written for chat apps line by
 * line, is read as Markdown whose lists end where the chat text's do
 * ({@link Markdown#fromChatText}), and goes through the same cleaner as members' posts.
 */
@Component
@ConditionalOnForum
class ForumGateway implements ChannelGateway {

    /** What CommonMark could read as markup; a backslash before any of it keeps it literal. */
    private static final java.util.regex.Pattern MARKDOWN_PUNCTUATION =
            java.util.regex.Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!<>&|~]");

    private final Posting posting;
    private final ForumModeration moderation;
    private final String announcementBoard;
    private final URI publicUrl;

    ForumGateway(Posting posting, ForumModeration moderation, ForumProperties properties) {
        this.posting = posting;
        this.moderation = moderation;
        this.announcementBoard = properties.announcementBoard();
        this.publicUrl = properties.publicUrl();
    }

    @Override
    public Channel channel() {
        return Channel.FORUM;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        long topicId = topicOf(message.conversationKey());
        try {
            Sender sender = message.sender();
            return new DeliveryReceipt(posting.officialReply(topicId, Markdown.fromChatText(message.text()),
                    kindOf(sender), sender.username()).getId().toString());
        } catch (ForumRefusal refusal) {
            throw DeliveryException.permanent("forum topic " + topicId + " is gone: " + refusal.messageKey(), refusal);
        } catch (RuntimeException e) {
            // A failure at or after the commit leaves unknown whether the post was stored: the next try looks first.
            throw DeliveryException.noAnswer("forum reply to topic " + topicId + " may not be stored: " + e, e);
        }
    }

    /**
     * The forum keeps its posts in the outbox's own database, so it can always tell whether a reply
     * whose send was interrupted was stored.
     */
    @Override
    public DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        long topicId = topicOf(message.conversationKey());
        Sender sender = message.sender();
        return posting.findOfficialReply(topicId, Markdown.fromChatText(message.text()), kindOf(sender),
                        sender.username(), since)
                .map(post -> DeliveryLookup.delivered(new DeliveryReceipt(post.getId().toString())))
                .orElse(DeliveryLookup.NOT_DELIVERED);
    }

    private static PostKind kindOf(Sender sender) {
        return switch (sender.kind()) {
            case BOT_ANSWER -> PostKind.ANSWER;
            case BOT_NOTICE -> PostKind.NOTICE;
            case STAFF -> PostKind.STAFF_REPLY;
        };
    }

    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return ForumModeration.ACTIONS;
    }

    /** A topic shows only while its opening post does: hiding that post hides the topic. */
    @Override
    public boolean removalHidesConversation(String conversationKey, String messageId) {
        return moderation.opensTopic(topicOf(conversationKey), messageId);
    }

    @Override
    public void moderate(ModerationRequest request) {
        moderation.moderate(topicOf(request.conversationKey()), request);
    }

    @Override
    public List<String> broadcastTargets() {
        return List.of(announcementBoard);
    }

    @Override
    public DeliveryReceipt publish(String board, Broadcast broadcast) {
        long topicId = announcement(board, () -> posting.officialTopic(board, broadcast.first().title(),
                markdown(broadcast)).getTopic().getId());
        return receipt(topicId);
    }

    private DeliveryReceipt receipt(long topicId) {
        String url = publicUrl == null ? null
                : publicUrl.toString().replaceAll("/+$", "") + "/forum/t/" + topicId;
        return new DeliveryReceipt(Long.toString(topicId), url);
    }

    /** Like a reply, an announcement topic is in our own database: the forum can always tell. */
    @Override
    public DeliveryLookup findPublished(String board, Broadcast broadcast, Instant since) {
        return posting.findOfficialTopic(board, broadcast.first().title(), since)
                .map(topic -> DeliveryLookup.delivered(receipt(topic.getId())))
                .orElse(DeliveryLookup.NOT_DELIVERED);
    }

    @Override
    public boolean editsBroadcasts() {
        return true;
    }

    @Override
    public void edit(String board, String topicId, Broadcast broadcast) {
        long topic = topicNumber(topicId);
        announcement(board, () -> {
            posting.editOfficialTopic(topic, broadcast.first().title(), markdown(broadcast));
            return topic;
        });
    }

    @Override
    public void retract(String board, String topicId) {
        long topic = topicNumber(topicId);
        announcement(board, () -> {
            posting.hideOfficialTopic(topic);
            return topic;
        });
    }

    /** Each language's title as a heading over its body; the topic's own title is the first language's. */
    static String markdown(Broadcast broadcast) {
        return broadcast.texts().stream().map(ForumGateway::section).collect(Collectors.joining("\n\n---\n\n"));
    }

    /** The title is text, shown as written; the body is the Markdown staff wrote. */
    private static String section(AnnouncementText text) {
        String title = text.title().replaceAll("\\s+", " ").strip();
        return "## " + MARKDOWN_PUNCTUATION.matcher(title).replaceAll("\\\\$0") + "\n\n" + text.body().strip();
    }

    private static long announcement(String board, Supplier<Long> write) {
        try {
            return write.get();
        } catch (ForumRefusal refusal) {
            throw DeliveryException.permanent("forum board " + board + ": " + refusal.messageKey(), refusal);
        } catch (RuntimeException e) {
            // A failure at or after the commit leaves unknown whether it was stored: a publication looks first.
            throw DeliveryException.noAnswer("forum announcement on " + board + " may not be stored: " + e, e);
        }
    }

    private static long topicNumber(String topicId) {
        try {
            return Long.parseLong(topicId);
        } catch (NumberFormatException e) {
            throw DeliveryException.permanent("forum copy '" + topicId + "' is not a topic id", e);
        }
    }

    static long topicOf(String conversationKey) {
        if (conversationKey.startsWith(Topic.CONVERSATION_PREFIX)) {
            try {
                return Long.parseLong(conversationKey.substring(Topic.CONVERSATION_PREFIX.length()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw DeliveryException.permanent("conversation key '" + conversationKey + "' is not topic:<id>", null);
    }
}
