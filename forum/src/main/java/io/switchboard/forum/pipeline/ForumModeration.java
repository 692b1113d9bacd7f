package io.switchboard.forum.pipeline;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.moderation.Moderation;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostRepository;
import io.switchboard.forum.topic.PostStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel gateway's moderation on the forum, carried out by the forum's own {@link Moderation}
 * (so the audit log, flags and counts stay right): hide, show again (which approves a held post),
 * delete, lock the post's topic, silence or ban its author for the request's duration. The
 * forum's refusals (a staff member cannot be banned...) become permanent failures in English.
 */
@Component
@ConditionalOnForum
class ForumModeration {

    static final Set<ModerationAction> ACTIONS = EnumSet.of(ModerationAction.HIDE, ModerationAction.UNHIDE,
            ModerationAction.DELETE, ModerationAction.LOCK, ModerationAction.SILENCE, ModerationAction.BAN);

    /** The audit log wants a reason; the queue's item always has one, a direct call may not. */
    private static final String DEFAULT_REASON = "moderation queue";

    private final Moderation moderation;
    private final PostRepository posts;
    private final MessageSource messages;
    private final Clock clock;

    ForumModeration(Moderation moderation, PostRepository posts, MessageSource messages, Clock clock) {
        this.moderation = moderation;
        this.posts = posts;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public void moderate(long topicId, ModerationRequest request) {
        try {
            Post post = post(topicId, request.messageId());
            String moderator = request.actor();
            String reason = request.reason() == null || request.reason().isBlank() ? DEFAULT_REASON : request.reason();
            switch (request.action()) {
                case HIDE -> moderation.act(moderator, post.getId(), Moderation.PostAction.HIDE, reason);
                case UNHIDE -> moderation.act(moderator, post.getId(), post.getStatus() == PostStatus.HELD
                        ? Moderation.PostAction.APPROVE : Moderation.PostAction.RESTORE, reason);
                case DELETE -> moderation.act(moderator, post.getId(), Moderation.PostAction.DELETE, reason);
                case LOCK -> moderation.act(moderator, topicId, Moderation.TopicAction.LOCK, null, reason);
                case SILENCE, BAN -> {
                    if (request.duration() == null) {
                        throw DeliveryException.permanent("the forum " + request.action().key()
                                + "s members for a set time: give a duration", null);
                    }
                    moderation.act(moderator, post.getAuthor().getUsername(), request.action() == ModerationAction.BAN
                            ? Moderation.MemberAction.BAN : Moderation.MemberAction.SILENCE,
                            clock.instant().plus(request.duration()), reason);
                }
                default -> throw DeliveryException.permanent("the forum cannot " + request.action().key(), null);
            }
        } catch (ForumRefusal refusal) {
            throw DeliveryException.permanent("the forum refused to " + request.action().key() + ": " + messages.getMessage(
                    refusal.messageKey(), refusal.arguments(), refusal.messageKey(), Locale.ENGLISH), refusal);
        }
    }

    /** Whether the message is the opening post of the topic; false for any other or unknown id. */
    boolean opensTopic(long topicId, String messageId) {
        try {
            return posts.findById(Long.parseLong(messageId))
                    .filter(post -> post.getTopic().getId() == topicId)
                    .map(Post::isOpening)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Post post(long topicId, String messageId) {
        try {
            return posts.findById(Long.parseLong(messageId))
                    .filter(post -> post.getTopic().getId() == topicId)
                    .orElseThrow(ForumRefusal::notFound);
        } catch (NumberFormatException e) {
            throw DeliveryException.permanent("forum message id '" + messageId + "' is not a post id", e);
        }
    }
}
