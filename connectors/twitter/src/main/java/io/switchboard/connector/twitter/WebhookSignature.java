package io.switchboard.connector.twitter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two proofs of the Account Activity webhook, both {@code sha256=} + base64 HMAC-SHA256 keyed
 * with the app's consumer secret: our answer to X's challenge-response check (CRC), and X's
 * {@code x-twitter-webhooks-signature} over the raw body of each delivery.
 */
final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private final byte[] consumerSecret;

    WebhookSignature(String consumerSecret) {
        this.consumerSecret = consumerSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code response_token} for a CRC request's {@code crc_token}. */
    String crcResponseToken(String crcToken) {
        return sign(crcToken.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the header is the signature of exactly this body; compared in constant time. */
    boolean matches(byte[] body, String signatureHeader) {
        if (signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(consumerSecret, "HmacSHA256"));
            return PREFIX + Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
