package io.switchboard.testing.x;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X API v2 JSON in the shapes X returns, built for each test (connector and full-app tests alike): tweets with the fields the poller
 * asks for, the users expansion, pages with {@code meta.next_token}, and X's problem JSON.
 */
public final class XFixtures {

    /** The support account. */
    public static final String ACCOUNT_ID = "1490000000000000001";
    public static final String ACCOUNT_HANDLE = "ExchangeHelp";

    public static final String ANNA_ID = "2244994945";
    public static final String BOB_ID = "783214";

    private XFixtures() {
    }

    public static String user(String id, String name, String username) {
        return """
                {"id":"%s","name":"%s","username":"%s"}""".formatted(id, name, username);
    }

    public static String anna() {
        return user(ANNA_ID, "Anna K", "anna_trades");
    }

    public static String bob() {
        return user(BOB_ID, "Bob", "bob");
    }

    public static String us() {
        return user(ACCOUNT_ID, "Exchange Help", ACCOUNT_HANDLE);
    }

    /** A mention starting a conversation of its own. */
    public static String mention(String id, String authorId, String text) {
        return tweet(id, authorId, id, text, "");
    }

    /** A tweet replying to {@code parentId} in conversation {@code conversationId}. */
    public static String reply(String id, String authorId, String conversationId, String parentId, String text) {
        return reply(id, authorId, conversationId, parentId, text, "");
    }

    /** As {@link #reply(String, String, String, String, String)}, with more fields ({@link #links}...). */
    public static String reply(String id, String authorId, String conversationId, String parentId, String text,
            String extraFields) {
        return tweet(id, authorId, conversationId, text,
                ",\"in_reply_to_user_id\":\"%s\",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"%s\"}]%s"
                        .formatted(ACCOUNT_ID, parentId, extraFields));
    }

    /**
     * The {@code entities} field of a tweet whose text holds these {@code t.co} links, each with
     * the {@code expanded_url} X gives for it (in the order given: t.co link, expanded URL, ...).
     */
    public static String links(String... tcoAndExpanded) {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < tcoAndExpanded.length; i += 2) {
            String expanded = tcoAndExpanded[i + 1];
            urls.append(i == 0 ? "" : ",").append("""
                    {"start":0,"end":23,"url":"%s","expanded_url":"%s","display_url":"%s"}"""
                    .formatted(tcoAndExpanded[i], expanded, expanded.replaceFirst("^https?://", "")));
        }
        return ",\"entities\":{\"urls\":[" + urls + "]}";
    }

    public static String retweet(String id, String authorId, String retweetedId, String text) {
        return tweet(id, authorId, id, text,
                ",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"%s\"}]".formatted(retweetedId));
    }

    public static String tweet(String id, String authorId, String conversationId, String text, String extraFields) {
        return """
                {"id":"%s","text":"%s","author_id":"%s","conversation_id":"%s",\
                "created_at":"2025-03-01T09:%02d:00.000Z","lang":"en","edit_history_tweet_ids":["%s"]%s}"""
                .formatted(id, text, authorId, conversationId, Long.parseLong(id) % 60, id, extraFields);
    }

    /** A mentions page, newest first as X sends it. */
    public static String page(List<String> tweets, List<String> users, String nextToken) {
        if (tweets.isEmpty()) {
            return "{\"meta\":{\"result_count\":0}}";
        }
        String meta = "\"result_count\":%d%s".formatted(tweets.size(),
                nextToken == null ? "" : ",\"next_token\":\"" + nextToken + "\"");
        return """
                {"data":[%s],"includes":{"users":[%s]},"meta":{%s}}"""
                .formatted(String.join(",", tweets), String.join(",", users), meta);
    }

    public static String page(String... tweets) {
        return page(Arrays.asList(tweets), List.of(anna(), bob(), us()), null);
    }

    /** An Account Activity delivery of one direct message from {@code senderId} to the support account. */
    public static byte[] directMessageDelivery(String eventId, String senderId, String senderName, String senderHandle,
            String text) {
        return """
                {"for_user_id":"%s","direct_message_events":[{"type":"message_create","id":"%s",\
                "created_timestamp":"1740824100000","message_create":{"target":{"recipient_id":"%s"},\
                "sender_id":"%s","message_data":{"text":"%s","entities":{}}}}],\
                "users":{"%s":{"id":"%s","name":"%s","screen_name":"%s"}}}"""
                .formatted(ACCOUNT_ID, eventId, ACCOUNT_ID, senderId, text, senderId, senderId, senderName, senderHandle)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code x-twitter-webhooks-signature} as X computes it, written here independently of the code under test. */
    public static String webhookSignature(byte[] body, String consumerSecret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(consumerSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    public static String problem(int status, String title) {
        return problem(status, title, title);
    }

    public static String problem(int status, String title, String detail) {
        return """
                {"title":"%s","detail":"%s","type":"about:blank","status":%d}""".formatted(title, detail, status);
    }
}
