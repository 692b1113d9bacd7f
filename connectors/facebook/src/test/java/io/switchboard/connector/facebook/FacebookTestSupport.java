package io.switchboard.connector.facebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
