package io.switchboard.connector.twitter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The parts of X API v2 JSON the connector reads; everything else is ignored. */
final class V2 {

    private V2() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tweet(
            String id,
            String text,
            @JsonProperty("author_id") String authorId,
            @JsonProperty("conversation_id") String conversationId,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("referenced_tweets") List<Reference> referencedTweets,
            String lang,
            @JsonProperty("note_tweet") NoteTweet noteTweet,
            Attachments attachments,
            Entities entities) {

        Tweet {
            referencedTweets = referencedTweets == null ? List.of() : referencedTweets;
        }

        /** The full text: tweets over 280 characters carry it in {@code note_tweet}. */
        String fullText() {
            return noteTweet != null && noteTweet.text() != null ? noteTweet.text() : text;
        }

        /**
         * Where the {@code t.co} links of the full text lead: X writes every link as {@code t.co} and
         * gives the destination in the entities of the text it belongs to.
         */
        Map<String, String> linkTargets() {
            Entities used = noteTweet != null && noteTweet.text() != null ? noteTweet.entities() : entities;
            return used == null ? Map.of() : used.linkTargets();
        }

        boolean isRetweet() {
            return referencedTweets.stream().anyMatch(ref -> "retweeted".equals(ref.type()));
        }

        /** The id of the tweet this one replies to, or null. */
        String repliedToId() {
            return referencedTweets.stream().filter(ref -> "replied_to".equals(ref.type()))
                    .map(Reference::id).findFirst().orElse(null);
        }

        List<String> mediaKeys() {
            return attachments == null || attachments.mediaKeys() == null ? List.of() : attachments.mediaKeys();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String type, String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoteTweet(String text, Entities entities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entities(List<Url> urls) {

        Map<String, String> linkTargets() {
            return urls == null ? Map.of() : urls.stream().filter(url -> url.url() != null && url.target() != null)
                    .collect(Collectors.toMap(Url::url, Url::target, (a, b) -> a));
        }
    }

    /**
     * A link of the text: {@code url} as written ({@code https://t.co/...}), {@code expanded_url}
     * what it was posted as, {@code unwound_url} where that finally leads when X followed its
     * redirects (a shortener posted on X), so the latter is the destination when X gives it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Url(String url, @JsonProperty("expanded_url") String expandedUrl,
            @JsonProperty("unwound_url") String unwoundUrl) {

        String target() {
            return unwoundUrl != null ? unwoundUrl : expandedUrl;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachments(@JsonProperty("media_keys") List<String> mediaKeys) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String name, String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Media(@JsonProperty("media_key") String mediaKey, String type, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Includes(List<User> users, List<Media> media, List<Tweet> tweets) {

        static final Includes NONE = new Includes(List.of(), List.of(), List.of());

        Includes {
            users = users == null ? List.of() : users;
            media = media == null ? List.of() : media;
            tweets = tweets == null ? List.of() : tweets;
        }

        Map<String, User> usersById() {
            return index(users, User::id);
        }

        Map<String, Media> mediaByKey() {
            return index(media, Media::mediaKey);
        }

        private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
            return items.stream().filter(item -> key.apply(item) != null)
                    .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
        }
    }

    /** One tweet as it came, with its JSON kept for the audit trail. */
    record RawTweet(Tweet tweet, String json) {
        RawTweet {
            Objects.requireNonNull(tweet, "tweet");
            Objects.requireNonNull(json, "json");
        }
    }

    /** One page of a tweet timeline. */
    record Page(List<RawTweet> tweets, Includes includes, String nextToken) {
        Page {
            tweets = List.copyOf(tweets);
        }

        /** Reads {@code {"data":[...],"includes":{...},"meta":{"next_token":...}}}. */
        static Page read(ObjectMapper json, byte[] body) throws IOException {
            JsonNode root = json.readTree(body);
            List<RawTweet> tweets = new ArrayList<>();
            for (JsonNode node : root.path("data")) {
                tweets.add(new RawTweet(json.treeToValue(node, Tweet.class), node.toString()));
            }
            JsonNode includes = root.path("includes");
            return new Page(tweets,
                    includes.isObject() ? json.treeToValue(includes, Includes.class) : Includes.NONE,
                    root.path("meta").path("next_token").textValue());
        }
    }
}
