package io.switchboard.connector.twitter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.text.ColumnText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The X API v2 calls the connector makes, against {@code switchboard.twitter.api-url}.
 *
 * <p>Why a small client of our own instead of Twitter4J: the stack's {@code jp.takke.twitter4j-v2}
 * 1.4.3 is compiled against twitter4j-core 4.0.7 ({@code twitter4j.conf.Configuration}); with the
 * stack's twitter4j-core 4.1.2 every v2 call fails with {@code NoSuchMethodError}. Even on 4.0.7 its
 * v2 base URL is a separate setting (default {@code https://api.twitter.com/2/}) rather than the
 * REST base URL, it has no v2 DM endpoints, and 4.1.2 itself keeps its HTTP client, request and
 * OAuth header signing package-private and offers only v1.1 resources. What we need here —
 * {@code x-rate-limit-*} headers on every response, OAuth 1.0a or OAuth 2 user context for posting,
 * app-only bearer for reading, the v2 {@code conversation_id} — is four calls, so Spring's
 * {@link RestClient} does it in a few typed lines. Twitter4J still parses the v1.1 objects that
 * Account Activity webhooks deliver (see {@link AccountActivityEvents}).
 *
 * <p>Every failure becomes an {@link XApiException} whose message names the endpoint, never a
 * token; request URLs are not logged.
 */
final class XApi {

    static final String MENTIONS = "GET /2/users/:id/mentions";
    static final String TWEET_LOOKUP = "GET /2/tweets/:id";
    static final String USER_TWEETS = "GET /2/users/:id/tweets";
    static final String CREATE_TWEET = "POST /2/tweets";
    static final String DELETE_TWEET = "DELETE /2/tweets/:id";
    static final String SEND_DM = "POST /2/dm_conversations/with/:participant_id/messages";
    static final String HIDE_REPLY = "PUT /2/tweets/:id/hidden";

    private static final String TWEET_FIELDS = "author_id,conversation_id,created_at,in_reply_to_user_id,"
            + "referenced_tweets,lang,note_tweet,attachments,entities";
    private static final String EXPANSIONS = "author_id,referenced_tweets.id,attachments.media_keys";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_ERROR_DETAIL = 200;

    /** A successful call's result and what X said about the endpoint's rate limit. */
    record Response<T>(T body, RateLimit rateLimit) {
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(byte[] body) throws IOException;
    }

    private final URI apiUrl;
    private final String appAuthorization;
    private final UserAuth userAuth;
    private final ObjectMapper json;
    private final RestClient rest;

    XApi(URI apiUrl, String bearerToken, UserAuth userAuth, Duration timeout, ObjectMapper json) {
        this.apiUrl = apiUrl;
        this.appAuthorization = "Bearer " + bearerToken;
        this.userAuth = userAuth;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.rest = RestClient.builder().requestFactory(requests)
                .defaultHeader(HttpHeaders.USER_AGENT, "Switchboard")
                .build();
    }

    /**
     * One page of the account's mentions, newest first.
     *
     * @param sinceId only mentions newer than this id; null on the very first poll
     * @param startTime used instead of {@code sinceId} on the very first poll; may be null
     * @param paginationToken {@code meta.next_token} of the previous page, or null for the first
     */
    Response<V2.Page> mentions(String accountId, Long sinceId, Instant startTime, String paginationToken) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/users/{id}/mentions")
                .queryParam("max_results", PAGE_SIZE)
                .queryParam("tweet.fields", TWEET_FIELDS)
                .queryParam("expansions", EXPANSIONS)
                .queryParam("user.fields", "name,username")
                .queryParam("media.fields", "type,url");
        if (sinceId != null) {
            uri.queryParam("since_id", sinceId);
        } else if (startTime != null) {
            uri.queryParam("start_time", DateTimeFormatter.ISO_INSTANT.format(startTime.truncatedTo(ChronoUnit.SECONDS)));
        }
        if (paginationToken != null) {
            uri.queryParam("pagination_token", paginationToken);
        }
        return call(MENTIONS, HttpMethod.GET, uri.buildAndExpand(accountId).encode().toUri(),
                appAuthorization, null, body -> V2.Page.read(json, body));
    }

    /**
     * One page of the account's own tweets posted since {@code startTime}, newest first, retweets
     * left out: where a reply of ours shows at once (search indexes with a delay).
     *
     * @param paginationToken {@code meta.next_token} of the previous page, or null for the first
     */
    Response<V2.Page> accountTweets(String accountId, Instant startTime, String paginationToken) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/users/{id}/tweets")
                .queryParam("max_results", PAGE_SIZE)
                .queryParam("start_time", DateTimeFormatter.ISO_INSTANT.format(startTime.truncatedTo(ChronoUnit.SECONDS)))
                .queryParam("exclude", "retweets")
                .queryParam("tweet.fields", "author_id,conversation_id,created_at,referenced_tweets,note_tweet");
        if (paginationToken != null) {
            uri.queryParam("pagination_token", paginationToken);
        }
        return call(USER_TWEETS, HttpMethod.GET, uri.buildAndExpand(accountId).encode().toUri(),
                appAuthorization, null, body -> V2.Page.read(json, body));
    }

    /** The {@code conversation_id} of a tweet, or empty when X no longer has it. */
    Response<Optional<String>> conversationIdOf(String tweetId) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/tweets/{id}")
                .queryParam("tweet.fields", "conversation_id")
                .buildAndExpand(tweetId).encode().toUri();
        return call(TWEET_LOOKUP, HttpMethod.GET, uri, appAuthorization, null,
                body -> Optional.ofNullable(json.readTree(body).path("data").path("conversation_id").textValue()));
    }

    /** Posts a reply as the support account; returns the new tweet's id. */
    Response<String> reply(String text, String inReplyToTweetId) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/tweets").build().toUri();
        Map<String, Object> body = Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", inReplyToTweetId));
        return call(CREATE_TWEET, HttpMethod.POST, uri, userAuth.authorization(HttpMethod.POST, uri),
                write(body), response -> requiredText(response, "id"));
    }

    /** Posts a tweet of its own (an announcement) as the support account; returns its id. */
    Response<String> tweet(String text) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/tweets").build().toUri();
        return call(CREATE_TWEET, HttpMethod.POST, uri, userAuth.authorization(HttpMethod.POST, uri),
                write(Map.of("text", text)), response -> requiredText(response, "id"));
    }

    /** Deletes one of the account's tweets; X answers {@code deleted: true}. */
    Response<Boolean> deleteTweet(String tweetId) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/tweets/{id}").buildAndExpand(tweetId).encode().toUri();
        return call(DELETE_TWEET, HttpMethod.DELETE, uri, userAuth.authorization(HttpMethod.DELETE, uri), null,
                response -> json.readTree(response).path("data").path("deleted").asBoolean(false));
    }

    /** Sends a direct message as the support account; returns the DM event id. */
    Response<String> directMessage(String participantId, String text) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/dm_conversations/with/{participant}/messages")
                .buildAndExpand(participantId).encode().toUri();
        return call(SEND_DM, HttpMethod.POST, uri, userAuth.authorization(HttpMethod.POST, uri),
                write(Map.of("text", text)), response -> requiredText(response, "dm_event_id"));
    }

    /**
     * Hides a reply in a conversation the account started, or shows it again; X refuses (403) for
     * any other tweet. Returns whether the reply is hidden now.
     */
    Response<Boolean> hideReply(String tweetId, boolean hidden) {
        URI uri = UriComponentsBuilder.fromUri(apiUrl).path("/2/tweets/{id}/hidden")
                .buildAndExpand(tweetId).encode().toUri();
        return call(HIDE_REPLY, HttpMethod.PUT, uri, userAuth.authorization(HttpMethod.PUT, uri),
                write(Map.of("hidden", hidden)), response -> {
                    JsonNode state = json.readTree(response).path("data").path("hidden");
                    if (!state.isBoolean()) {
                        throw new IOException("response has no data.hidden");
                    }
                    return state.booleanValue();
                });
    }

    private <T> Response<T> call(String endpoint, HttpMethod method, URI uri, String authorization,
            byte[] body, BodyReader<T> reader) {
        RestClient.RequestBodySpec request = rest.method(method).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        try {
            return request.exchange((req, res) -> {
                RateLimit rateLimit = RateLimit.from(res.getHeaders());
                int status = res.getStatusCode().value();
                byte[] bytes = res.getBody().readAllBytes();
                if (status / 100 != 2) {
                    throw failure(endpoint, status, rateLimit, bytes);
                }
                try {
                    return new Response<>(reader.read(bytes), rateLimit);
                } catch (IOException | RuntimeException e) {
                    throw new XApiException(XApiException.Kind.PERMANENT, rateLimit,
                            endpoint + ": unreadable response (" + e.getClass().getSimpleName() + ")", e);
                }
            });
        } catch (ResourceAccessException e) {
            throw XApiException.noResponse(
                    endpoint + ": no response (" + e.getMostSpecificCause().getClass().getSimpleName() + ")", e);
        }
    }

    private XApiException failure(String endpoint, int status, RateLimit rateLimit, byte[] body) {
        XApiException.Kind kind = status == 429 ? XApiException.Kind.RATE_LIMITED
                : status >= 500 || status == 408 ? XApiException.Kind.TRANSIENT
                : XApiException.Kind.PERMANENT;
        return new XApiException(kind, rateLimit, endpoint + ": HTTP " + status + errorDetail(body), null);
    }

    /** X's problem JSON ({@code title}, {@code detail}) in a few words, for logs and the outbox. */
    private String errorDetail(byte[] body) {
        try {
            JsonNode problem = json.readTree(body);
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            if (detail.isEmpty()) {
                return "";
            }
            return " " + ColumnText.excerpt(detail, MAX_ERROR_DETAIL);
        } catch (IOException e) {
            return "";
        }
    }

    private String requiredText(byte[] body, String field) throws IOException {
        String value = json.readTree(body).path("data").path(field).asText(null);
        if (value == null || value.isEmpty()) {
            throw new IOException("response has no data." + field);
        }
        return value;
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request JSON", e);
        }
    }
}
