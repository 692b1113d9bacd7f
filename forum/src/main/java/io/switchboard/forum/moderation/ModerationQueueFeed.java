package io.switchboard.forum.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostHeld;
import io.switchboard.forum.topic.PostRepository;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The forum's part of the moderation queue across channels: members' flags and held posts become
 * queue items, in the transaction that stores them, and a moderator's decision on a post in the
 * forum marks its items handled. The forum's own moderation pages keep working as before.
 */
@Component
class ModerationQueueFeed {

    /** The rule behind {@code Posting}'s hold: a member's first post with a link. */
    static final String HOLD_RULE = "forum-first-post-with-link";

    private final ModerationQueue queue;
    private final PostRepository posts;

    ModerationQueueFeed(ModerationQueue queue, PostRepository posts) {
        this.queue = queue;
        this.posts = posts;
    }

    @EventListener
    void held(PostHeld event) {
        posts.findById(event.postId()).ifPresent(post -> queue.flag(flag(post,
                "held for approval: a new member's first post with a link", Flagger.rule(HOLD_RULE), true)));
    }

    void flagged(Flag flag) {
        String reason = "flagged as " + flag.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (flag.getNote().isEmpty() ? "" : ": " + flag.getNote());
        queue.flag(flag(flag.getPost(), reason, Flagger.member(flag.getReporter().getUsername()), false));
    }

    void resolved(Post post, String moderator) {
        queue.handled(Channel.FORUM, post.getId().toString(), moderator);
    }

    /** Ids as the forum's channel uses them: the topic's conversation key, the post id, the author's account id. */
    private static ModerationFlag flag(Post post, String reason, Flagger flagger, boolean held) {
        return new ModerationFlag(Channel.FORUM, post.getTopic().conversationKey(), post.getId().toString(),
                post.getAuthor().getId().toString(), post.getAuthor().getDisplayName(), Moderation.excerpt(post), reason,
                flagger, held);
    }
}
