package io.switchboard.connector.webchat.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.secret.Hmac;
import org.junit.jupiter.api.Test;

/** Visitors' tokens and the site's identity proof, without Spring. */
class VisitorCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aTokenNamesItsVisitorUntilItExpires() {
        WebchatProperties properties = properties(null);
        TokenSecret secret = mock(TokenSecret.class);
        when(secret.sign(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> Hmac.sha256("k".getBytes(StandardCharsets.UTF_8), call.getArgument(0)));
        String token = new VisitorTokens(secret, properties, Clock.fixed(NOW, ZoneOffset.UTC)).issue("u:李:42");

        assertThat(new VisitorTokens(secret, properties, Clock.fixed(NOW.plusSeconds(3599), ZoneOffset.UTC))
                .visitorOf(token)).contains("u:李:42");
        assertThat(new VisitorTokens(secret, properties, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC))
                .visitorOf(token)).isEmpty();
        assertThat(new VisitorTokens(secret, properties, Clock.fixed(NOW, ZoneOffset.UTC))
                .visitorOf(token.replaceFirst("^.", "A"))).isEmpty();
    }

    @Test
    void withoutAnIdentitySecretNoVisitorCanBeIdentified() {
        assertThatThrownBy(() -> new VisitorIdentity(properties(null)).visitorKeyOf("42", "whatever"))
                .isInstanceOf(IdentityRefused.class).hasMessageContaining("identity-secret is not configured");
    }

    @Test
    void theHashMustBeTheSitesHmacOfTheId() {
        VisitorIdentity identity = new VisitorIdentity(properties("s3cret"));
        String hash = Hmac.sha256Hex("s3cret".getBytes(StandardCharsets.UTF_8), "42");

        assertThat(identity.visitorKeyOf("42", hash.toUpperCase())).isEqualTo("u:42");
        assertThatThrownBy(() -> identity.visitorKeyOf("43", hash)).isInstanceOf(IdentityRefused.class);
        assertThatThrownBy(() -> identity.visitorKeyOf("42", null)).isInstanceOf(IdentityRefused.class);
    }

    private static WebchatProperties properties(String identitySecret) {
        return new WebchatProperties(List.of(), identitySecret, null, Duration.ofHours(1), 2000, 20,
                Duration.ofSeconds(25), 100, 4, Map.of());
    }
}
