package io.switchboard.connector.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FacebookPropertiesTest {

    @Test
    void aTokenWithoutTheOtherSettingsFailsAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> properties("1000000001", "page-token", null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app-secret (SWITCHBOARD_FACEBOOK_APP_SECRET)")
                .hasMessageContaining("verify-token (SWITCHBOARD_FACEBOOK_VERIFY_TOKEN)")
                .message().doesNotContain("page-id");
    }

    @Test
    void withoutATokenTheConnectorIsOffAndNothingElseIsRequired() {
        assertThat(properties(null, null, null, null).pageAccessToken()).isNull();
    }

    @Test
    void secretsNeverShowInItsText() {
        String text = properties("1000000001", "page-token", "app-secret", "verify-token").toString();

        assertThat(text).contains("1000000001").doesNotContain("page-token", "app-secret", "verify-token");
    }

    @Test
    void theGraphBaseIsTheUrlAndTheVersion() {
        assertThat(properties("1000000001", "page-token", "app-secret", "verify-token").graphBaseUrl())
                .isEqualTo("http://127.0.0.1:8089/graph/v26.0");
    }

    private static FacebookProperties properties(String pageId, String token, String appSecret, String verifyToken) {
        return new FacebookProperties(pageId, token, appSecret, verifyToken, URI.create("http://127.0.0.1:8089/graph/"),
                "v26.0", DataSize.ofMegabytes(1), Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofSeconds(20));
    }
}
