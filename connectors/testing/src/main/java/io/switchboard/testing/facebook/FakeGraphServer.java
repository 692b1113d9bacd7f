package io.switchboard.testing.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.testing.LoopbackServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Graph API on 127.0.0.1 that behaves like Meta's where Switchboard relies on it: comment replies
 * ({@code POST /{comment-id}/comments}), the comment lookup that finds a reply's thread
 * ({@code GET /{comment-id}?fields=parent}), the comments under a post or comment as Graph lists
 * them ({@code GET /{object-id}/comments}, with {@code from}, {@code message}, {@code created_time}
 * and cursor paging) and the Send API ({@code POST /{page-id}/messages}),
 * each answering with new ids; a call without the page's token gets Meta's OAuthException, and
 * scripted failures answer with Meta's error JSON. Configure {@link #apiUrl()} as
 * {@code switchboard.facebook.graph-api-url} and {@link #VERSION} as {@code graph-api-version}.
 */
public final class FakeGraphServer extends LoopbackServer {

    public static final String PAGE_ID = "1000000001";
    public static final String PAGE_ACCESS_TOKEN = "fake-page-access-token";
    public static final String APP_SECRET = "fake-app-secret";
    public static final String VERIFY_TOKEN = "fake-verify-token";
    public static final String VERSION = "v26.0";

    /** A comment the page wrote under {@code target} (a post or a comment). */
    public record Comment(String id, String target, String message) {
    }

    /** A Send API request of the page. */
    /** A moderation request on a comment: {@code hide}, {@code unhide} or {@code delete}. */
    public record Moderation(String commentId, String action) {
    }

    public record SentMessage(String id, String recipientId, String messagingType, String text,
            List<QuickReply> quickReplies) {
    }

    /** A quick reply under a Messenger message: its title and the payload Messenger sends back when it is tapped. */
    public record QuickReply(String title, String payload) {
    }

    /** A post of the page's own feed as it stands now (edits applied); gone once deleted. */
    public record PagePost(String id, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Graph's time format: {@code 2025-03-01T09:00:00+0000}. */
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    private final List<Comment> comments = new ArrayList<>();
    private final List<SentMessage> messages = new ArrayList<>();
    private final List<Moderation> moderations = new ArrayList<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> pagePosts = new java.util.LinkedHashMap<>();
    private final Deque<MockResponse> scripted = new ArrayDeque<>();
    private final Deque<MockResponse> scriptedReads = new ArrayDeque<>();
    private final Map<String, Instant> commentedAt = new HashMap<>();
    private final AtomicLong nextId = new AtomicLong(9_000_000_000L);
    private final Object lock = new Object();

    public FakeGraphServer() {
        super("Graph API");
    }

    /** Makes {@code commentId} a reply under {@code parentCommentId}, as the comment lookup will say. */
    public void replyUnder(String commentId, String parentCommentId) {
        synchronized (lock) {
            parents.put(commentId, parentCommentId);
        }
    }

    /** The next writes (comments, messages) answer with these responses, in order, before normal service resumes. */
    public void scriptWrites(MockResponse... responses) {
        synchronized (lock) {
            scripted.addAll(List.of(responses));
        }
    }

    /** The next comment listings ({@code GET /{object-id}/comments}) answer with these responses, in order. */
    public void scriptCommentListings(MockResponse... responses) {
        synchronized (lock) {
            scriptedReads.addAll(List.of(responses));
        }
    }

    /**
     * A comment of the page's that Graph took but whose answer never reached the sender (it died
     * during the call): listed under {@code target}, unknown to Switchboard. Returns its id.
     */
    public String tookCommentWithoutAnswering(String target, String message) {
        synchronized (lock) {
            return record(target, message);
        }
    }

    /** Meta's answer when the page calls too often: HTTP 400 with code 613 (calls to this API exceeded the rate limit). */
    public static MockResponse rateLimited() {
        return error(400, 613, "OAuthException", "Calls to this api have exceeded the rate limit.", false);
    }

    /** Meta's temporary failure: HTTP 500, code 2, {@code is_transient}. */
    public static MockResponse serviceUnavailable() {
        return error(500, 2, "OAuthException", "An unexpected error has occurred. Please retry your request later.",
                true);
    }

    /** Meta's refusal for a missing permission: HTTP 403, code 200; retrying cannot help. */
    public static MockResponse permissionMissing() {
        return error(403, 200, "OAuthException", "(#200) The user hasn't authorized the application to perform this action",
                false);
    }

    /** The page's feed posts that exist now, oldest first. */
    public List<PagePost> pagePosts() {
        synchronized (lock) {
            return pagePosts.entrySet().stream().map(e -> new PagePost(e.getKey(), e.getValue())).toList();
        }
    }

    public List<Moderation> moderations() {
        synchronized (lock) {
            return List.copyOf(moderations);
        }
    }

    public List<Comment> comments() {
        synchronized (lock) {
            return List.copyOf(comments);
        }
    }

    public List<Comment> commentsUnder(String target) {
        return comments().stream().filter(c -> c.target().equals(target)).toList();
    }

    public List<SentMessage> messages() {
        synchronized (lock) {
            return List.copyOf(messages);
        }
    }

    public List<SentMessage> messagesTo(String psid) {
        return messages().stream().filter(m -> m.recipientId().equals(psid)).toList();
    }

    @Override
    protected MockResponse handle(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        List<String> path = url == null ? List.of() : url.pathSegments();
        if (path.size() < 2 || !path.get(0).equals(VERSION)) {
            return error(400, 2500, "OAuthException", "Unknown path components: " + path, false);
        }
        if (!("Bearer " + PAGE_ACCESS_TOKEN).equals(request.getHeader("Authorization"))) {
            return error(400, 190, "OAuthException", "Invalid OAuth access token - Cannot parse access token", false);
        }
        String object = path.get(1);
        String edge = path.size() > 2 ? path.get(2) : null;
        synchronized (lock) {
            if ("GET".equals(request.getMethod()) && edge == null) {
                String parent = parents.get(object);
                return json(200, parent == null ? "{\"id\":\"" + object + "\"}"
                        : "{\"parent\":{\"id\":\"" + parent + "\"},\"id\":\"" + object + "\"}");
            }
            if ("GET".equals(request.getMethod()) && "comments".equals(edge)) {
                return scriptedReads.isEmpty() ? listComments(object, url) : scriptedReads.poll();
            }
            if (edge == null && pagePosts.containsKey(object)) {
                return pagePost(object, request);
            }
            if (edge == null && ("POST".equals(request.getMethod()) || "DELETE".equals(request.getMethod()))) {
                return moderate(object, request);
            }
            if ("POST".equals(request.getMethod()) && ("comments".equals(edge) || "messages".equals(edge)
                    || "feed".equals(edge))) {
                if (!scripted.isEmpty()) {
                    return scripted.poll();
                }
                String body = request.getBody().readUtf8();
                return switch (edge) {
                    case "comments" -> comment(object, body);
                    case "messages" -> message(object, body);
                    default -> feedPost(object, body);
                };
            }
        }
        return error(400, 100, "GraphMethodException", "Unsupported request", false);
    }

    /** {@code POST /{comment-id}} with {@code is_hidden}, or {@code DELETE /{comment-id}}: Graph answers success. */
    private MockResponse moderate(String commentId, RecordedRequest request) {
        String action;
        if ("DELETE".equals(request.getMethod())) {
            action = "delete";
        } else {
            String hidden = form(request.getBody().readUtf8()).get("is_hidden");
            if (hidden == null) {
                return error(400, 100, "GraphMethodException", "Unsupported post request", false);
            }
            action = Boolean.parseBoolean(hidden) ? "hide" : "unhide";
        }
        moderations.add(new Moderation(commentId, action));
        return json(200, "{\"success\":true}");
    }

    /** {@code POST /{page-id}/feed}: a new post of the page, id {@code <page id>_<post id>}. */
    private MockResponse feedPost(String pageId, String formBody) {
        String message = form(formBody).get("message");
        if (!pageId.equals(PAGE_ID) || message == null || message.isBlank()) {
            return error(400, 100, "OAuthException", "(#100) The parameter message is required", false);
        }
        String id = PAGE_ID + "_" + nextId.incrementAndGet();
        pagePosts.put(id, message);
        return json(200, "{\"id\":\"" + id + "\"}");
    }

    /** {@code POST /{post-id}} with a new {@code message}, or {@code DELETE /{post-id}}. */
    private MockResponse pagePost(String postId, RecordedRequest request) {
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        if ("DELETE".equals(request.getMethod())) {
            pagePosts.remove(postId);
            return json(200, "{\"success\":true}");
        }
        String message = form(request.getBody().readUtf8()).get("message");
        if (!"POST".equals(request.getMethod()) || message == null) {
            return error(400, 100, "GraphMethodException", "Unsupported request", false);
        }
        pagePosts.put(postId, message);
        return json(200, "{\"success\":true}");
    }

    private MockResponse comment(String target, String formBody) {
        String message = form(formBody).get("message");
        if (message == null || message.isBlank()) {
            return error(400, 100, "OAuthException", "(#100) The parameter message is required", false);
        }
        return json(200, "{\"id\":\"" + record(target, message) + "\"}");
    }

    private String record(String target, String message) {
        String id = target.split("_")[0] + "_" + nextId.incrementAndGet();
        comments.add(new Comment(id, target, message));
        commentedAt.put(id, Instant.now());
        return id;
    }

    /**
     * The page's comments under {@code target} as Graph lists them, oldest first unless
     * {@code order=reverse_chronological}; everything in one page, so {@code paging} has cursors
     * and no {@code next}.
     */
    private MockResponse listComments(String target, HttpUrl url) {
        List<Comment> under = new ArrayList<>(comments.stream().filter(c -> c.target().equals(target)).toList());
        if ("reverse_chronological".equals(url.queryParameter("order"))) {
            Collections.reverse(under);
        }
        ObjectNode page = JSON.createObjectNode();
        ArrayNode data = page.putArray("data");
        for (Comment comment : under) {
            ObjectNode listed = data.addObject()
                    .put("created_time", GRAPH_TIME.format(commentedAt.get(comment.id())));
            listed.putObject("from").put("name", "Nova Exchange").put("id", PAGE_ID);
            listed.put("message", comment.message()).put("id", comment.id());
        }
        if (!under.isEmpty()) {
            page.putObject("paging").putObject("cursors").put("before", "QVFIUmJlZm9yZQ").put("after", "QVFIUmFmdGVy");
        }
        return json(200, page.toString());
    }

    private MockResponse message(String pageId, String jsonBody) {
        if (!pageId.equals(PAGE_ID)) {
            return error(400, 100, "OAuthException", "(#100) Param recipient is not a valid page", false);
        }
        JsonNode body;
        try {
            body = JSON.readTree(jsonBody);
        } catch (IOException e) {
            return error(400, 100, "OAuthException", "(#100) The body is not JSON", false);
        }
        String recipient = body.path("recipient").path("id").asText();
        String id = "m_" + nextId.incrementAndGet();
        List<QuickReply> quickReplies = new ArrayList<>();
        body.path("message").path("quick_replies").forEach(reply -> quickReplies.add(
                new QuickReply(reply.path("title").asText(), reply.path("payload").asText())));
        messages.add(new SentMessage(id, recipient, body.path("messaging_type").asText(null),
                body.path("message").path("text").asText(), List.copyOf(quickReplies)));
        return json(200, "{\"recipient_id\":\"" + recipient + "\",\"message_id\":\"" + id + "\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static MockResponse error(int status, int code, String type, String message, boolean isTransient) {
        return json(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                + (isTransient ? ",\"is_transient\":true" : "") + ",\"fbtrace_id\":\"AFakeTrace01\"}}");
    }
}
