package io.switchboard.connector.facebook.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.restfb.Body;
import com.restfb.Connection;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.FacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.types.Comment;
import com.restfb.types.GraphResponse;
import com.restfb.types.send.IdMessageRecipient;
import com.restfb.types.send.Message;
import com.restfb.types.send.MessagingType;
import com.restfb.types.send.QuickReply;
import com.restfb.types.send.SendResponse;
import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.PlatformContact;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Graph API calls Switchboard makes, through RestFB's {@link DefaultFacebookClient}: RestFB
 * builds the requests (parameters, {@code appsecret_proof}, JSON bodies from its Send API types)
 * and maps the answers ({@link GraphResponse}, {@link SendResponse}). It is pointed entirely at
 * {@code switchboard.facebook.graph-api-url} + {@code graph-api-version} (RestFB's version enum is
 * left unversioned and the version is part of the configured base), and its transport is
 * {@link JdkWebRequestor}. Every call feeds the connector's {@link PlatformContact}; every failure
 * becomes a {@link DeliveryException} classified by {@link GraphFailure}.
 *
 * <p>Why RestFB rather than Camel HTTP: it is on Maven Central, released every few weeks, has no
 * runtime dependencies, and already knows the Graph API's shapes: the webhook payloads
 * ({@code WebhookObject}, {@code FeedCommentValue}, {@code MessagingItem}...), the Send API types,
 * {@code appsecret_proof} and the Graph error object. With Camel HTTP all of that would be
 * hand-written JSON, and the connector has no routing to do: a webhook in, a synchronous call out.
 */
@Component("facebookGraphApi")
@ConditionalOnFacebook
class GraphApi {

    /** Graph object ids (posts, comments, page-scoped ids) are letters, digits and underscores. */
    private static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9_]+");

    private final FacebookClient client;
    private final String pageId;
    private final PlatformContact contact;
    private final ObjectMapper json;

    GraphApi(FacebookProperties properties, Clock clock, ObjectMapper json) {
        this.json = json;
        DefaultFacebookClient facebook = new DefaultFacebookClient(properties.pageAccessToken(),
                properties.appSecret(), new JdkWebRequestor(properties.connectTimeout(), properties.requestTimeout()),
                new DefaultJsonMapper(), Version.UNVERSIONED);
        facebook.setHeaderAuthorization(true);
        String graphBase = properties.graphBaseUrl();
        facebook.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getGraphEndpoint() {
                return graphBase;
            }

            @Override
            public String getGraphVideoEndpoint() {
                return graphBase;
            }
        });
        this.client = facebook;
        this.pageId = properties.pageId();
        this.contact = new PlatformContact(clock);
    }

    /** {@code POST /{object-id}/comments}: comments on a post, or replies to a comment. Returns the new comment's id. */
    String comment(String objectId, String text) {
        String target = objectId(objectId);
        return call("comment reply", () -> client.publish(target + "/comments", GraphResponse.class,
                Parameter.with("message", text)).getId());
    }

    /**
     * {@code GET /{object-id}/comments?order=reverse_chronological}: the id of the page's own
     * comment under a post or a comment with exactly this text, made since {@code since}; pages
     * are read, newest first, until comments are older than that.
     */
    Optional<String> findPageComment(String objectId, String text, Instant since) {
        String target = objectId(objectId);
        return call("comment replies lookup", () -> {
            Connection<Comment> comments = client.fetchConnection(target + "/comments", Comment.class,
                    Parameter.with("fields", "from,message,created_time"),
                    Parameter.with("order", "reverse_chronological"), Parameter.with("limit", 100));
            for (List<Comment> page : comments) {
                for (Comment comment : page) {
                    if (comment.getCreatedTime() != null && comment.getCreatedTime().toInstant().isBefore(since)) {
                        return Optional.empty();
                    }
                    if (comment.getFrom() != null && pageId.equals(comment.getFrom().getId())
                            && text.strip().equals(comment.getMessage() == null ? null : comment.getMessage().strip())) {
                        return Optional.of(comment.getId());
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * {@code GET /{comment-id}?fields=parent}: the comment a reply to {@code commentId} belongs
     * under. Facebook threads are one level deep and a reply cannot be replied to, so answering a
     * reply means replying to its parent, in the same thread.
     */
    String threadOf(String commentId) {
        String target = objectId(commentId);
        Comment comment = call("comment lookup", () -> client.fetchObject(target, Comment.class,
                Parameter.with("fields", "parent")));
        Comment parent = comment.getParent();
        return parent != null && parent.getId() != null ? parent.getId() : target;
    }

    /**
     * {@code POST /{page-id}/messages} with {@code messaging_type: RESPONSE}: answers a person in
     * Messenger. Returns the message id.
     */
    String sendMessage(String psid, String text, List<QuickReply> quickReplies) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("recipient", new IdMessageRecipient(objectId(psid)));
        request.put("messaging_type", MessagingType.RESPONSE);
        Message message = new Message(text);
        message.addQuickReplies(quickReplies);
        request.put("message", message);
        return call("Messenger send", () -> client.publish(pageId + "/messages", SendResponse.class,
                Body.withData(request)).getMessageId());
    }

    /** {@code POST /{page-id}/feed}: a post of the page's own (an announcement). Returns the post's id. */
    String publishPost(String text) {
        return call("page post", () -> client.publish(pageId + "/feed", GraphResponse.class,
                Parameter.with("message", text)).getId());
    }

    /** {@code POST /{post-id}} with a new {@code message}: Graph edits the page's own posts in place. */
    void updatePost(String postId, String text) {
        String target = objectId(postId);
        confirm("editing a page post", call("editing a page post", () -> client.publish(target, GraphResponse.class,
                Parameter.with("message", text)).isSuccess()));
    }

    /** {@code POST /{comment-id}} with {@code is_hidden}. */
    void setHidden(String commentId, boolean hidden) {
        String target = objectId(commentId);
        String operation = hidden ? "hiding a comment" : "unhiding a comment";
        confirm(operation, call(operation, () -> client.publish(target, GraphResponse.class,
                Parameter.with("is_hidden", hidden)).isSuccess()));
    }

    /** {@code DELETE /{object-id}}: a comment, or a post of the page's. */
    void delete(String objectId, String what) {
        String target = objectId(objectId);
        String operation = "deleting " + what;
        confirm(operation, call(operation, () -> client.deleteObject(target)));
    }

    PlatformContact contact() {
        return contact;
    }

    private <T> T call(String operation, Supplier<T> request) {
        T result;
        try {
            result = request.get();
        } catch (FacebookException e) {
            GraphFailure failure = GraphFailure.of(e, json);
            if (failure.kind() == DeliveryException.Kind.RATE_LIMITED) {
                contact.rateLimited();
            }
            if (failure.platformTrouble()) {
                contact.failed(operation + ": " + failure.description());
            } else {
                contact.succeeded();
            }
            throw failure.toException(operation);
        }
        contact.succeeded();
        if (result == null) {
            throw DeliveryException.permanent("Facebook " + operation + ": the answer had no id", null);
        }
        return result;
    }

    private static void confirm(String operation, boolean success) {
        if (!success) {
            throw DeliveryException.permanent("Facebook " + operation + ": the Graph API did not confirm it", null);
        }
    }

    private static String objectId(String id) {
        if (id == null || !OBJECT_ID.matcher(id).matches()) {
            throw DeliveryException.permanent("not a Facebook object id: '" + id + "'", null);
        }
        return id;
    }
}
