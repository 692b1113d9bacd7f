package io.switchboard.connector.email.sending;

import io.switchboard.core.text.Sha256;
import java.util.Locale;
import java.util.UUID;

/**
 * The Message-IDs of our mails. An outbox entry's mail gets the same id on every try (from its delivery key), so
 * when a send was cut off after the server took the mail and is repeated, the second copy carries the first one's
 * id and mail clients and servers that drop duplicates drop it; our threading finds either copy by the id.
 */
final class MessageIds {

    /** Keeps the local part short and within the characters RFC 5322 allows in a dot-atom. */
    private static final int SUFFIX_LENGTH = 24;

    private MessageIds() {
    }

    /**
     * {@code <} + the first 32 hex digits of sha256(deliveryKey) + {@code .} + the conversation's key made safe
     * + {@code @} + our domain + {@code >}; a random id in the same form when there is no delivery key.
     */
    static String of(String deliveryKey, String conversationKey, String domain) {
        String unique = deliveryKey == null ? UUID.randomUUID().toString().replace("-", "")
                : Sha256.hex(deliveryKey).substring(0, 32);
        return "<" + unique + "." + safe(conversationKey) + "@" + domain + ">";
    }

    /** The id as the inbound side keys messages: without the angle brackets. */
    static String bare(String messageId) {
        String id = messageId.strip();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    /** An id as a header carries it: in angle brackets. */
    static String bracketed(String messageId) {
        return "<" + bare(messageId) + ">";
    }

    private static String safe(String conversationKey) {
        String safe = conversationKey.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        safe = safe.length() > SUFFIX_LENGTH ? safe.substring(0, SUFFIX_LENGTH).replaceAll("-$", "") : safe;
        return safe.isEmpty() ? "mail" : safe;
    }
}
