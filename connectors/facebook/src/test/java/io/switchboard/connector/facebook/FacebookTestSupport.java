package io.switchboard.connector.facebook;

import io.switchboard.testing.facebook.FacebookWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** The page the tests play, its secrets, and the webhook payloads under {@code src/test/resources/facebook}. */
public final class FacebookTestSupport {

    public static final String PAGE_ID = "1000000001";
    public static final String PAGE_TOKEN = "test-page-access-token";
    public static final String APP_SECRET = "test-app-secret";
    public static final String VERIFY_TOKEN = "test-verify-token";

    private FacebookTestSupport() {
    }

    /** Connector settings pointing the Graph API at {@code graphApiUrl} with short timeouts. */
    public static FacebookProperties properties(String graphApiUrl, String version) {
        return new FacebookProperties(PAGE_ID, PAGE_TOKEN, APP_SECRET, VERIFY_TOKEN, URI.create(graphApiUrl),
                version, DataSize.ofMegabytes(1), Duration.ofHours(24), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }

    public static byte[] fixture(String name) {
        try (InputStream in = FacebookTestSupport.class.getResourceAsStream("/facebook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture facebook/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code X-Hub-Signature-256} value Meta would send for {@code body}, computed here independently. */
    public static String signature(byte[] body, String secret) {
        return FacebookWebhooks.signature(body, secret);
    }
}
