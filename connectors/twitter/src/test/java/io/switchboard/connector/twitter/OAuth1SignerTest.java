package io.switchboard.connector.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class OAuth1SignerTest {

    /** The worked example of X's "Creating a signature" documentation, with its published result. */
    @Test
    void signsTheDocumentedExampleRequestLikeX() {
        OAuth1Signer signer = new OAuth1Signer("xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
                Clock.systemUTC());

        String header = signer.authorization("POST",
                URI.create("https://api.twitter.com/1.1/statuses/update.json?include_entities=true"),
                List.of(Map.entry("status", "Hello Ladies + Gentlemen, a signed OAuth request!")),
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "1318622958");

        assertThat(header).startsWith("OAuth ")
                .contains("oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\"")
                .contains("oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\"")
                .contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"");
    }

    @Test
    void everyRequestGetsItsOwnNonceAndTheClocksTimestamp() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        OAuth1Signer signer = new OAuth1Signer("key", "secret", "token", "token-secret", clock);
        URI uri = URI.create("http://127.0.0.1:8089/2/tweets");

        String first = signer.authorization(HttpMethod.POST, uri);
        String second = signer.authorization(HttpMethod.POST, uri);

        assertThat(first).contains("oauth_timestamp=\"1740823200\"");
        assertThat(nonce(first)).hasSize(32).isNotEqualTo(nonce(second));
    }

    @Test
    void percentEncodesLikeRfc3986() {
        assertThat(OAuth1Signer.encode("Ladies + Gentlemen ~*é")).isEqualTo("Ladies%20%2B%20Gentlemen%20~%2A%C3%A9");
    }

    private static String nonce(String header) {
        int start = header.indexOf("oauth_nonce=\"") + "oauth_nonce=\"".length();
        return header.substring(start, header.indexOf('"', start));
    }
}
