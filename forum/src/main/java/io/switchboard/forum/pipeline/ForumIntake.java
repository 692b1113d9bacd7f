package io.switchboard.forum.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.Account;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostPublished;
import io.switchboard.forum.topic.PostRepository;
import io.switchboard.forum.topic.Topic;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The forum as a channel of the support pipeline, inbound: every member's post, in every board, is
 * handed to {@link InboundPort} once it is committed and visible, so the scam guard checks each one
 * (a seed-phrase request in "Market talk" is a scam like one in the support board). Official posts
 * and staff's posts stay out; a held post is handed in when a moderator approves it.
 *
 * <p>Mapping: channel {@code forum}; event id {@code post:<id>} (a post is handed in once);
 * message id the post id (what the bot's reply refers to, and what the gateway returns for the
 * bot's own posts); conversation key and chat id {@code topic:<id>}, so each member posting in a
 * topic has their own support thread in it; the author is the account (id, display name, user
 * name, the language the forum was used in); chat type {@code topic}.
 *
 * <p>A topic is public, so the message is not private and the router's public (stricter) answer
 * threshold applies: the bot answers in front of everyone only when it is sure. A post that asks
 * support something (a new topic in a support board, and a reply there by the asker or with a
 * question mark) addresses the bot: with no confident answer it becomes a ticket. Everything else
 * is group chatter, as in a Telegram group: checked by the guard, answered only when the bot is
 * sure, never a ticket.
 */
@Component
@ConditionalOnForum
class ForumIntake {

    static final String CHAT_TYPE = "topic";
    private static final Logger log = LoggerFactory.getLogger(ForumIntake.class);

    private final PostRepository posts;
    private final InboundPort port;
    private final ObjectMapper json;

    ForumIntake(PostRepository posts, InboundPort port, ObjectMapper json) {
        this.posts = posts;
        this.port = port;
        this.json = json;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public void published(PostPublished event) {
        posts.findById(event.postId()).flatMap(post -> message(post, event.language())).ifPresent(message -> {
            try {
                port.accept(message);
                log.debug("Forum post {} handed to the support pipeline", message.messageId());
            } catch (RuntimeException e) {
                // The post is saved and shown; the member must not see an error for it.
                log.warn("Forum post {} could not be handed to the support pipeline now ({}); the hand-off sweep "
                        + "will", message.messageId(), e.getMessage());
            }
        });
    }

    /**
     * Hands in the posts written after {@code since} that the pipeline does not have: the
     * process stopped, or the pipeline failed, between a post's commit and its hand-in. The
     * pipeline stores each event once, so a post that arrives meanwhile counts once.
     *
     * @return how many posts were handed in
     */
    @Transactional(readOnly = true)
    public int handInMissed(Instant since, int limit) {
        int handedIn = 0;
        for (Post post : posts.findByCreatedAtAfterOrderByIdAsc(since, PageRequest.ofSize(limit))) {
            Optional<InboundMessage> message = message(post, null)
                    .filter(candidate -> !port.isStored(Channel.FORUM, candidate.eventId()));
            if (message.isPresent()) {
                port.accept(message.get());
                handedIn++;
            }
        }
        if (handedIn > 0) {
            log.warn("{} forum post(s) had not reached the support pipeline and were handed in now", handedIn);
        }
        return handedIn;
    }

    /**
     * The inbound message for a member's visible post; empty for official and unpublished posts and
     * for staff's own posts (support does not write to itself, and the bot must not answer them).
     */
    Optional<InboundMessage> message(Post post, String language) {
        Topic topic = post.getTopic();
        if (post.isOfficial() || !post.isVisible() || post.getAuthor().getRole().isStaff()) {
            return Optional.empty();
        }
        Account author = post.getAuthor();
        String text = post.isOpening() ? topic.getTitle() + "\n\n" + post.getBodyMarkdown() : post.getBodyMarkdown();
        String chatId = topic.conversationKey();
        return Optional.of(new InboundMessage(Channel.FORUM, "post:" + post.getId(), post.getId().toString(), chatId,
                new ChatRef(chatId, topic.getTitle(), CHAT_TYPE),
                new Author(author.getId().toString(), author.getDisplayName(), author.getUsername(), language),
                InboundKind.MESSAGE, text, post.getQuotedPostId() == null ? null : post.getQuotedPostId().toString(),
                List.of(), post.getCreatedAt(), false, asksSupport(post), payload(post, topic)));
    }

    /**
     * In a support board, the opening post always; a reply when its author asked the topic or it
     * holds a question mark.
     */
    private static boolean asksSupport(Post post) {
        if (!post.getTopic().getBoard().isSupport()) {
            return false;
        }
        if (post.isOpening()) {
            return true;
        }
        if (post.getTopic().isSolved()) {
            return false;
        }
        boolean asker = post.getAuthor().getId().equals(post.getTopic().getAuthor().getId());
        return asker || post.getBodyMarkdown().contains("?") || post.getBodyMarkdown().contains("？");
    }

    private String payload(Post post, Topic topic) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("post", post.getId());
        raw.put("topic", topic.getId());
        raw.put("board", topic.getBoard().getSlug());
        raw.put("author", post.getAuthor().getUsername());
        raw.put("opening", post.isOpening());
        raw.put("quotedPost", post.getQuotedPostId());
        raw.put("markdown", post.getBodyMarkdown());
        try {
            return json.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the forum post as JSON", e);
        }
    }
}
