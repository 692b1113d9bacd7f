package io.switchboard.connector.facebook.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.restfb.DefaultJsonMapper;
import com.restfb.types.webhook.Change;
import com.restfb.types.webhook.ChangeValue;
import com.restfb.types.webhook.FeedCommentValue;
import com.restfb.types.webhook.FeedReactionValue;
import com.restfb.types.webhook.base.AbstractFeedPostValue;
import com.restfb.types.webhook.base.BaseChangeValue;
import com.restfb.types.webhook.base.From;
import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one {@code feed} change of the page. RestFB maps the change to its typed value
 * ({@link FeedCommentValue}, {@link FeedReactionValue}, the post values); the raw JSON supplies
 * what RestFB leaves out (the commented post's {@code permalink_url}, the {@code sender_id} of
 * older payloads, a post's message and link, which each post type maps separately).
 *
 * <ul>
 *   <li>A comment or a reply to a comment: {@link InboundKind#MESSAGE}; its edits
 *       {@link InboundKind#EDIT}, its removal {@link InboundKind#REMOVAL}. The conversation is the
 *       post; a reply carries its parent comment as {@code replyToMessageId}.</li>
 *   <li>A visitor's post on the page, and its edits and removal, likewise.</li>
 *   <li>A reaction to a post or comment: {@link InboundKind#SIGNAL}.</li>
 *   <li>Ignored: what the page itself writes or reacts with, hidden/unhidden notices, likes and
 *       other items.</li>
 * </ul>
 */
@Component("facebookFeedEvents")
@ConditionalOnFacebook
class FeedEvents {

    private static final Logger log = LoggerFactory.getLogger(FeedEvents.class);

    private static final Set<String> POST_ITEMS = Set.of("status", "post", "photo", "video", "share");
    private static final int TITLE_LENGTH = 120;

    private final String pageId;

    FeedEvents(FacebookProperties properties) {
        this.pageId = properties.pageId();
    }

    Optional<InboundMessage> map(JsonNode change, Instant entryTime) {
        String payload = change.toString();
        ChangeValue value = new DefaultJsonMapper().toJavaObject(payload, Change.class).getValue();
        JsonNode raw = change.path("value");
        if (value instanceof FeedCommentValue comment) {
            return comment(comment, raw, payload, entryTime);
        }
        if (value instanceof FeedReactionValue reaction) {
            return reaction(reaction, raw, payload, entryTime);
        }
        if (value instanceof AbstractFeedPostValue post && POST_ITEMS.contains(post.getItem())) {
            return post(post, raw, payload, entryTime);
        }
        log.debug("Ignoring a feed change of item '{}'", raw.path("item").asText());
        return Optional.empty();
    }

    private Optional<InboundMessage> comment(FeedCommentValue comment, JsonNode raw, String payload,
            Instant entryTime) {
        InboundKind kind = kindOf(comment.getVerbAsString());
        Author author = author(comment.getFrom(), raw);
        if (kind == null || author == null || comment.getCommentId() == null || comment.getPostId() == null) {
            log.debug("Ignoring a comment change with verb '{}'", comment.getVerbAsString());
            return Optional.empty();
        }
        if (kind != InboundKind.REMOVAL && isPage(author)) {
            return Optional.empty();
        }
        String id = comment.getCommentId();
        String text = comment.getMessage();
        String parent = comment.getParentId();
        String replyTo = parent != null && !parent.equals(comment.getPostId()) ? parent : null;
        String permalink = raw.path("post").path("permalink_url").asText(null);
        List<Attachment> attachments = new ArrayList<>();
        if (comment.getPhoto() != null) {
            attachments.add(new Attachment("photo", comment.getPhoto(), null));
        }
        if (comment.getVideo() != null) {
            attachments.add(new Attachment("video", comment.getVideo(), null));
        }
        Instant at = timeOf(comment, entryTime);
        return Optional.of(message(eventId("comment", id, kind, at, text), id, comment.getPostId(), permalink,
                author, kind, text, replyTo, attachments, at, payload));
    }

    private Optional<InboundMessage> post(AbstractFeedPostValue post, JsonNode raw, String payload,
            Instant entryTime) {
        InboundKind kind = kindOf(post.getVerbAsString());
        Author author = author(post.getFrom(), raw);
        if (kind == null || author == null || post.getPostId() == null) {
            log.debug("Ignoring a {} change with verb '{}'", post.getItem(), post.getVerbAsString());
            return Optional.empty();
        }
        if (kind != InboundKind.REMOVAL && isPage(author)) {
            return Optional.empty();
        }
        String id = post.getPostId();
        String text = raw.path("message").asText(null);
        String link = raw.path("link").asText(null);
        List<Attachment> attachments = link == null ? List.of() : List.of(new Attachment(post.getItem(), link, null));
        Instant at = timeOf(post, entryTime);
        String title = text == null ? null : text.substring(0, Math.min(text.length(), TITLE_LENGTH));
        return Optional.of(message(eventId("post", id, kind, at, text), id, id, title, author, kind, text, null,
                attachments, at, payload));
    }

    private Optional<InboundMessage> reaction(FeedReactionValue reaction, JsonNode raw, String payload,
            Instant entryTime) {
        Author author = author(reaction.getFrom(), raw);
        if (author == null || isPage(author) || reaction.getPostId() == null) {
            return Optional.empty();
        }
        String target = reaction.isCommentReaction() ? reaction.getCommentId() : reaction.getPostId();
        Instant at = timeOf(reaction, entryTime);
        String eventId = String.join(":", "reaction", target, author.platformId(), reaction.getVerbAsString(),
                String.valueOf(reaction.getReactionType()), String.valueOf(at.getEpochSecond()));
        return Optional.of(message(eventId, target, reaction.getPostId(), null, author, InboundKind.SIGNAL,
                reaction.getReactionType(), null, List.of(), at, payload));
    }

    private InboundMessage message(String eventId, String messageId, String postId, String title, Author author,
            InboundKind kind, String text, String replyTo, List<Attachment> attachments, Instant at,
            String payload) {
        String conversation = FacebookConversations.ofPost(postId);
        return new InboundMessage(Channel.FACEBOOK, eventId, messageId, conversation,
                new ChatRef(conversation, title, "post"), author, kind, text, replyTo, attachments, at,
                false, true, payload);
    }

    /**
     * Adds are delivered once per object; an edit gets the edit's time and a digest of the new
     * text, so a redelivery repeats its id while a later edit, even back to an earlier text, does not.
     */
    private static String eventId(String item, String id, InboundKind kind, Instant at, String text) {
        return switch (kind) {
            case MESSAGE -> item + ":" + id + ":add";
            case REMOVAL -> item + ":" + id + ":remove";
            default -> item + ":" + id + ":edited:" + at.getEpochSecond() + ":" + digest(text);
        };
    }

    private static InboundKind kindOf(String verb) {
        if (verb == null) {
            return null;
        }
        return switch (verb) {
            case "add" -> InboundKind.MESSAGE;
            case "edited", "edit" -> InboundKind.EDIT;
            case "remove" -> InboundKind.REMOVAL;
            default -> null;
        };
    }

    /** {@code from}, or the {@code sender_id}/{@code sender_name} of older payloads. */
    private static Author author(From from, JsonNode raw) {
        if (from != null && from.getId() != null) {
            return new Author(from.getId(), from.getName(), null, null);
        }
        String senderId = raw.path("sender_id").asText(null);
        return senderId == null ? null : new Author(senderId, raw.path("sender_name").asText(null), null, null);
    }

    private boolean isPage(Author author) {
        return pageId.equals(author.platformId());
    }

    private static Instant timeOf(BaseChangeValue value, Instant entryTime) {
        return value.getCreatedTime() != null ? value.getCreatedTime().toInstant() : entryTime;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
