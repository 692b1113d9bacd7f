package io.switchboard.testing.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.LoopbackServer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * An X API v2 on 127.0.0.1 that behaves like the real one where Switchboard relies on it:
 * {@code GET /2/users/:id/mentions} answers the published mentions newer than {@code since_id},
 * newest first, in pages linked by {@code meta.next_token}, with {@code x-rate-limit-*} headers;
 * {@code POST /2/tweets} and the DM endpoint answer with new ids and refuse an app-only bearer
 * token as X does; {@code PUT /2/tweets/:id/hidden} hides or shows a reply, only in a conversation
 * the account started (its root is a tweet of the account's), else 403 as on X;
 * {@code GET /2/users/:id/tweets} lists the account's own tweets since {@code start_time}, newest
 * first, as X shows them (escaped, the replied-to handle in front, links as {@code t.co}); scripted failures
 * answer with X's problem JSON and headers. Configure
 * {@link #apiUrl()} as {@code switchboard.twitter.api-url}.
 */
public final class FakeXServer extends LoopbackServer {

    /** The app-only bearer token X expects on reads; configure it as {@code switchboard.twitter.bearer-token}. */
    public static final String APP_BEARER_TOKEN = "app-bearer";
    /** The mentions timeline allows 450 requests per 15 minutes on the tiers that have it. */
    public static final int MENTIONS_LIMIT = 450;

    /** A tweet the account posted, as X received it. */
    public record Posted(String id, String text, String inReplyToTweetId, String authorization) {
    }

    /** A mentions request as it reached the server: when, and from which cursor and page. */
    public record MentionRequest(Instant at, String sinceId, String paginationToken) {
    }

    /** A direct message the account sent. */
    public record DirectMessage(String recipientId, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The handles X puts in front of a reply to these fixture authors. */
    private static final Map<String, String> HANDLES = Map.of(XFixtures.ANNA_ID, "anna_trades", XFixtures.BOB_ID, "bob");

    private final NavigableMap<Long, String> mentions = new TreeMap<>();
    private final List<MentionRequest> mentionRequests = new ArrayList<>();
    private final Deque<MockResponse> scriptedMentions = new ArrayDeque<>();
    private final Deque<MockResponse> scriptedPosts = new ArrayDeque<>();
    private final List<Posted> posted = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<DirectMessage> directMessages = new ArrayList<>();
    private final Map<String, String> ownTweets = new HashMap<>();
    private final Map<String, Boolean> hiddenReplies = new LinkedHashMap<>();
    private final Deque<MockResponse> scriptedHides = new ArrayDeque<>();
    private final Deque<MockResponse> scriptedTimelines = new ArrayDeque<>();
    private final Map<String, Instant> postedAt = new HashMap<>();
    private int postsToTakeWithoutAnswering;
    private int timelineRequests;
    private final AtomicLong nextLink = new AtomicLong(1);
    private final AtomicLong nextId = new AtomicLong(1_900_000_000_000_000_000L);
    private final Object lock = new Object();
    private int pageSize = 100;
    private boolean down;

    public FakeXServer() {
        super("X");
    }

    /** Makes a mention of the account visible on its mentions timeline (JSON from {@link XFixtures}). */
    public void publishMention(String tweetJson) {
        try {
            long id = Long.parseLong(JSON.readTree(tweetJson).path("id").asText());
            synchronized (lock) {
                mentions.put(id, tweetJson);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("not a tweet with a numeric id: " + tweetJson, e);
        }
    }

    /** A tweet of the account's own that is not on its mentions timeline (an announcement members reply to). */
    public void publishOwnTweet(String tweetJson) {
        JsonNode tweet = read(tweetJson);
        synchronized (lock) {
            ownTweets.put(tweet.path("id").asText(), tweetJson);
        }
    }

    /** The next {@code PUT /2/tweets/:id/hidden} requests answer with these responses, in order. */
    public void scriptHides(MockResponse... responses) {
        synchronized (lock) {
            scriptedHides.addAll(List.of(responses));
        }
    }

    /** The next {@code GET /2/users/:id/tweets} requests answer with these responses, in order. */
    public void scriptTimelines(MockResponse... responses) {
        synchronized (lock) {
            scriptedTimelines.addAll(List.of(responses));
        }
    }

    /**
     * A reply X took from the account whose answer never reached the sender (it died during the
     * call): on the account's timeline, not known to Switchboard. Returns its id.
     */
    public String tookReplyWithoutAnswering(String text, String inReplyToTweetId) {
        synchronized (lock) {
            return record(text, inReplyToTweetId, "Bearer unrecorded");
        }
    }

    /**
     * The next {@code POST /2/tweets} is taken (the tweet is on the account's timeline) but never
     * answered: the caller's read times out, as when X answers too late.
     */
    public void takeNextPostWithoutAnswering() {
        synchronized (lock) {
            postsToTakeWithoutAnswering++;
        }
    }

    /** How many times the account's timeline was read ({@code GET /2/users/:id/tweets}), failures included. */
    public int timelineRequests() {
        synchronized (lock) {
            return timelineRequests;
        }
    }

    /** Replies the account hid (true) or showed again (false), by tweet id, latest state. */
    public Map<String, Boolean> hiddenReplies() {
        synchronized (lock) {
            return Map.copyOf(hiddenReplies);
        }
    }

    /** How many tweets one mentions page holds at most (X: {@code max_results}, 5 to 100). */
    public void pageSize(int tweets) {
        synchronized (lock) {
            pageSize = tweets;
        }
    }

    /** From now on every request answers 503, as during an outage of X. */
    public void goDown() {
        synchronized (lock) {
            down = true;
        }
    }

    /** The next mentions requests answer with these responses, in order, before normal service resumes. */
    public void scriptMentions(MockResponse... responses) {
        synchronized (lock) {
            scriptedMentions.addAll(List.of(responses));
        }
    }

    /** The next {@code POST /2/tweets} requests answer with these responses, in order. */
    public void scriptPosts(MockResponse... responses) {
        synchronized (lock) {
            scriptedPosts.addAll(List.of(responses));
        }
    }

    /** X's 429: problem JSON, {@code x-rate-limit-remaining: 0} and the window's reset in epoch seconds. */
    public static MockResponse tooManyRequests(Instant reset) {
        return problem(429, "Too Many Requests")
                .setHeader("x-rate-limit-limit", MENTIONS_LIMIT)
                .setHeader("x-rate-limit-remaining", 0)
                .setHeader("x-rate-limit-reset", reset.getEpochSecond());
    }

    public static MockResponse serviceUnavailable() {
        return problem(503, "Service Unavailable");
    }

    public static MockResponse problem(int status, String title) {
        return json(status, XFixtures.problem(status, title));
    }

    /** Every mentions request that reached the server, scripted failures included. */
    public List<MentionRequest> mentionRequests() {
        synchronized (lock) {
            return List.copyOf(mentionRequests);
        }
    }

    /** Ids of the tweets deleted with {@code DELETE /2/tweets/:id}. */
    public List<String> deleted() {
        synchronized (lock) {
            return List.copyOf(deleted);
        }
    }

    public List<Posted> posted() {
        synchronized (lock) {
            return List.copyOf(posted);
        }
    }

    public List<Posted> repliesTo(String tweetId) {
        return posted().stream().filter(p -> tweetId.equals(p.inReplyToTweetId())).toList();
    }

    public List<DirectMessage> directMessages() {
        synchronized (lock) {
            return List.copyOf(directMessages);
        }
    }

    @Override
    protected MockResponse handle(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        String path = url == null ? "" : url.encodedPath();
        String method = request.getMethod();
        synchronized (lock) {
            if (down) {
                return serviceUnavailable();
            }
            if ("GET".equals(method) && path.matches("/2/users/\\d+/mentions")) {
                mentionRequests.add(new MentionRequest(Instant.now(), url.queryParameter("since_id"),
                        url.queryParameter("pagination_token")));
                if (!appOnly(request)) {
                    return problem(401, "Unauthorized");
                }
                return scriptedMentions.isEmpty() ? mentionsPage(url) : scriptedMentions.poll();
            }
            if ("GET".equals(method) && path.matches("/2/users/\\d+/tweets")) {
                timelineRequests++;
                if (!appOnly(request)) {
                    return problem(401, "Unauthorized");
                }
                return scriptedTimelines.isEmpty() ? timeline(url, path.split("/")[3]) : scriptedTimelines.poll();
            }
            if ("DELETE".equals(method) && path.matches("/2/tweets/\\d+")) {
                if (request.getHeader("Authorization") == null || appOnly(request)) {
                    return problem(403, "Unsupported Authentication");
                }
                deleted.add(path.substring("/2/tweets/".length()));
                return json(200, "{\"data\":{\"deleted\":true}}");
            }
            if ("GET".equals(method) && path.matches("/2/tweets/\\d+")) {
                return appOnly(request) ? lookup(path.substring("/2/tweets/".length())) : problem(401, "Unauthorized");
            }
            if ("POST".equals(method) && (path.equals("/2/tweets") || path.matches("/2/dm_conversations/with/\\d+/messages"))) {
                if (request.getHeader("Authorization") == null || appOnly(request)) {
                    // What X says when a user-context endpoint is called with the app-only token.
                    return problem(403, "Unsupported Authentication");
                }
                if (path.equals("/2/tweets")) {
                    if (!scriptedPosts.isEmpty()) {
                        return scriptedPosts.poll();
                    }
                    MockResponse created = post(request);
                    if (postsToTakeWithoutAnswering > 0) {
                        postsToTakeWithoutAnswering--;
                        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
                    }
                    return created;
                }
                return directMessage(request, path.split("/")[4]);
            }
            if ("PUT".equals(method) && path.matches("/2/tweets/\\d+/hidden")) {
                if (request.getHeader("Authorization") == null || appOnly(request)) {
                    return problem(403, "Unsupported Authentication");
                }
                return scriptedHides.isEmpty() ? hide(request, path.split("/")[3]) : scriptedHides.poll();
            }
        }
        return problem(404, "Not Found");
    }

    private MockResponse mentionsPage(HttpUrl url) {
        String sinceId = url.queryParameter("since_id");
        long since = sinceId == null ? Long.MIN_VALUE : Long.parseLong(sinceId);
        List<String> newer = new ArrayList<>(mentions.tailMap(since, false).descendingMap().values());
        String token = url.queryParameter("pagination_token");
        int from = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
        int to = Math.min(newer.size(), from + pageSize);
        String next = to < newer.size() ? "page-" + to : null;
        String body = XFixtures.page(newer.subList(from, to),
                List.of(XFixtures.anna(), XFixtures.bob(), XFixtures.us()), next);
        return json(200, body)
                .setHeader("x-rate-limit-limit", MENTIONS_LIMIT)
                .setHeader("x-rate-limit-remaining", MENTIONS_LIMIT - 1)
                .setHeader("x-rate-limit-reset", Instant.now().plusSeconds(900).getEpochSecond());
    }

    private MockResponse lookup(String tweetId) {
        String conversation = mentions.values().stream().map(FakeXServer::read)
                .filter(tweet -> tweet.path("id").asText().equals(tweetId))
                .map(tweet -> tweet.path("conversation_id").asText()).findFirst().orElse(tweetId);
        return json(200, "{\"data\":{\"id\":\"" + tweetId + "\",\"conversation_id\":\"" + conversation
                + "\",\"edit_history_tweet_ids\":[\"" + tweetId + "\"],\"text\":\"...\"}}");
    }

    /** X lets the author of a conversation's first tweet hide replies in it, and nobody else. */
    private MockResponse hide(RecordedRequest request, String tweetId) {
        String reply = mentions.values().stream().filter(tweet -> read(tweet).path("id").asText().equals(tweetId))
                .findFirst().orElse(null);
        if (reply == null) {
            return json(404, XFixtures.problem(404, "Not Found Error", "Could not find tweet with id: [" + tweetId + "]."));
        }
        String root = read(reply).path("conversation_id").asText();
        boolean ours = ownTweets.containsKey(root) || posted.stream().anyMatch(p -> p.id().equals(root));
        if (!ours || root.equals(tweetId)) {
            return json(403, XFixtures.problem(403, "Forbidden",
                    "You attempted to hide a Tweet that is not a reply to a conversation you started."));
        }
        boolean hidden = read(request.getBody().readUtf8()).path("hidden").asBoolean();
        hiddenReplies.put(tweetId, hidden);
        return json(200, "{\"data\":{\"hidden\":" + hidden + "}}");
    }

    private MockResponse post(RecordedRequest request) {
        JsonNode body = read(request.getBody().readUtf8());
        String text = body.path("text").asText();
        String id = record(text, body.path("reply").path("in_reply_to_tweet_id").textValue(),
                request.getHeader("Authorization"));
        ObjectNode data = JSON.createObjectNode();
        data.putObject("data").put("id", id).put("text", text).putArray("edit_history_tweet_ids").add(id);
        return json(201, data.toString());
    }

    private String record(String text, String inReplyTo, String authorization) {
        String id = Long.toString(nextId.incrementAndGet());
        posted.add(new Posted(id, text, inReplyTo, authorization));
        postedAt.put(id, Instant.now());
        return id;
    }

    /**
     * The account's tweets at or after {@code start_time}, newest first, in pages of {@link #pageSize};
     * another user's timeline is empty here.
     */
    private MockResponse timeline(HttpUrl url, String userId) {
        String start = url.queryParameter("start_time");
        Instant from = start == null ? Instant.EPOCH : Instant.parse(start);
        List<String> tweets = new ArrayList<>();
        if (userId.equals(XFixtures.ACCOUNT_ID)) {
            for (int i = posted.size() - 1; i >= 0; i--) {
                Posted tweet = posted.get(i);
                if (!postedAt.get(tweet.id()).isBefore(from)) {
                    tweets.add(asShown(tweet));
                }
            }
        }
        String token = url.queryParameter("pagination_token");
        int first = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
        int end = Math.min(tweets.size(), first + pageSize);
        String next = end < tweets.size() ? "page-" + end : null;
        return json(200, XFixtures.page(tweets.subList(first, end), List.of(), next));
    }

    /**
     * A tweet of the account's as X shows it: {@code &}, {@code <} and {@code >} escaped, every link
     * a {@code t.co} link, and a reply's text led by the handle of the author it answers.
     */
    private String asShown(Posted tweet) {
        String text = tweet.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("https?://\\S+", "https://t.co/Lnk" + nextLink.incrementAndGet());
        ObjectNode shown = JSON.createObjectNode().put("id", tweet.id()).put("author_id", XFixtures.ACCOUNT_ID)
                .put("created_at", postedAt.get(tweet.id()).truncatedTo(ChronoUnit.MILLIS).toString());
        shown.putArray("edit_history_tweet_ids").add(tweet.id());
        if (tweet.inReplyToTweetId() == null) {
            return shown.put("text", text).put("conversation_id", tweet.id()).toString();
        }
        JsonNode answered = mentionById(tweet.inReplyToTweetId());
        String handle = answered == null ? null : HANDLES.get(answered.path("author_id").asText());
        shown.put("text", handle == null ? text : "@" + handle + " " + text)
                .put("conversation_id", answered == null ? tweet.inReplyToTweetId()
                        : answered.path("conversation_id").asText());
        if (answered != null) {
            shown.put("in_reply_to_user_id", answered.path("author_id").asText());
        }
        shown.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", tweet.inReplyToTweetId());
        return shown.toString();
    }

    private JsonNode mentionById(String tweetId) {
        return mentions.values().stream().map(FakeXServer::read)
                .filter(tweet -> tweet.path("id").asText().equals(tweetId)).findFirst().orElse(null);
    }

    private MockResponse directMessage(RecordedRequest request, String recipient) {
        directMessages.add(new DirectMessage(recipient, read(request.getBody().readUtf8()).path("text").asText()));
        return json(201, "{\"data\":{\"dm_conversation_id\":\"" + recipient + "-1\",\"dm_event_id\":\""
                + nextId.incrementAndGet() + "\"}}");
    }

    private static boolean appOnly(RecordedRequest request) {
        return ("Bearer " + APP_BEARER_TOKEN).equals(request.getHeader("Authorization"));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
