package io.switchboard.connector.facebook.webhook;

import static io.switchboard.connector.facebook.FacebookTestSupport.signature;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "app-secret";
    private static final byte[] BODY = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    private final WebhookSignature signatures = new WebhookSignature(SECRET);

    @Test
    void acceptsTheHmacOfTheRawBodyInEitherCase() {
        assertThat(signatures.matches(BODY, signature(BODY, SECRET))).isTrue();
        assertThat(signatures.matches(BODY, signature(BODY, SECRET).toUpperCase().replace("SHA256=", "sha256=")))
                .isTrue();
    }

    @Test
    void refusesAnotherSecretAnotherBodyOrAMalformedHeader() {
        String good = signature(BODY, SECRET);

        assertThat(signatures.matches(BODY, signature(BODY, "other-secret"))).isFalse();
        assertThat(signatures.matches("{}".getBytes(StandardCharsets.UTF_8), good)).isFalse();
        assertThat(signatures.matches(BODY, good.substring(0, good.length() - 2))).isFalse();
        assertThat(signatures.matches(BODY, good.substring("sha256=".length()))).isFalse();
        assertThat(signatures.matches(BODY, "sha256=zz")).isFalse();
        assertThat(signatures.matches(BODY, "sha256=")).isFalse();
        assertThat(signatures.matches(BODY, null)).isFalse();
    }
}
