package io.switchboard.testing.facebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page webhook deliveries in the shapes Meta sends them ({@code object: page}, {@code entry[]} with
 * {@code changes[]} for the feed and {@code messaging[]} for Messenger), built for each test, and
 * the {@code X-Hub-Signature-256} Meta puts on them.
 */
public final class FacebookWebhooks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FacebookWebhooks() {
    }

    /**
     * A change to a person's comment on a page post ({@code field: feed}, {@code item: comment}).
     *
     * @param verb {@code add}, {@code edited} or {@code remove}
     * @param text the comment's (new) text; null for a removal, which carries none
     */
    public static byte[] comment(String verb, String pageId, String postId, String commentId, String fromId,
            String fromName, String text, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode value = entry(root, pageId, at.getEpochSecond()).putArray("changes").addObject()
                .put("field", "feed").putObject("value");
        value.putObject("from").put("id", fromId).put("name", fromName);
        value.putObject("post").put("id", postId).put("status_type", "added_photos").put("is_published", true)
                .put("permalink_url", "https://www.facebook.com/" + pageId + "/posts/" + postId);
        if (text != null) {
            value.put("message", text);
        }
        value.put("post_id", postId).put("comment_id", commentId).put("created_time", at.getEpochSecond())
                .put("item", "comment").put("parent_id", postId).put("verb", verb);
        return bytes(root);
    }

    /** A person's Messenger text to the page. */
    public static byte[] messengerText(String pageId, String psid, String mid, String text, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        messengerMessage(root, pageId, psid, mid, text, at);
        return bytes(root);
    }

    /** A person tapped a quick reply under the page's message: Messenger sends its title as text and its payload. */
    public static byte[] messengerQuickReply(String pageId, String psid, String mid, String title, String payload,
            Instant at) {
        ObjectNode root = JSON.createObjectNode();
        messengerMessage(root, pageId, psid, mid, title, at).putObject("quick_reply").put("payload", payload);
        return bytes(root);
    }

    private static ObjectNode messengerMessage(ObjectNode root, String pageId, String psid, String mid, String text,
            Instant at) {
        ObjectNode item = entry(root, pageId, at.toEpochMilli()).putArray("messaging").addObject();
        item.putObject("sender").put("id", psid);
        item.putObject("recipient").put("id", pageId);
        item.put("timestamp", at.toEpochMilli());
        return item.putObject("message").put("mid", mid).put("text", text);
    }

    /** {@code X-Hub-Signature-256} as Meta computes it: {@code sha256=} and the hex HMAC-SHA256 of the raw body. */
    public static String signature(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes {@code root} a page delivery with one entry, and returns the entry. */
    private static ObjectNode entry(ObjectNode root, String pageId, long time) {
        return root.put("object", "page").putArray("entry").addObject().put("id", pageId).put("time", time);
    }

    private static byte[] bytes(ObjectNode root) {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
