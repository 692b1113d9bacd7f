package io.switchboard.forum.pipeline;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Topic;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The forum as a channel of the support pipeline, outbound: the outbox's replies (the bot's
 * answers and ticket notices, agents' replies from the admin console) become official posts of
 * the bot account in the topic named by the conversation key; the receipt carries the post id,
 * the same form {@link ForumIntake} uses for message ids. The text is Markdown and goes through
 * the same cleaner as members' posts.
 */
@Component
@ConditionalOnForum
class ForumGateway implements ChannelGateway {

    private final Posting posting;
    private final ForumModeration moderation;

    ForumGateway(Posting posting, ForumModeration moderation) {
        this.posting = posting;
        this.moderation = moderation;
    }

    @Override
    public Channel channel() {
        return Channel.FORUM;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        long topicId = topicOf(message.conversationKey());
        try {
            return new DeliveryReceipt(posting.officialReply(topicId, message.text()).getId().toString());
        } catch (ForumRefusal refusal) {
            throw DeliveryException.permanent("forum topic " + topicId + " is gone: " + refusal.messageKey(), refusal);
        } catch (RuntimeException e) {
            throw DeliveryException.transientFailure("forum reply to topic " + topicId + " not stored: " + e, e);
        }
    }

    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return ForumModeration.ACTIONS;
    }

    @Override
    public void moderate(ModerationRequest request) {
        moderation.moderate(topicOf(request.conversationKey()), request);
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
