package io.switchboard.connector.webchat.visitor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.secret.Hmac;
import org.springframework.stereotype.Component;

/**
 * Visitors' tokens, {@code <visitor key, base64url>.<expiry, epoch seconds>.<HMAC-SHA256 of both, base64url>}: the
 * widget keeps one in the browser and shows it on every request; nothing about a token is stored, and nobody can
 * make one for another visitor, or keep one alive longer, without the {@link TokenSecret}.
 */
@Component
public class VisitorTokens {

    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{4,200})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final TokenSecret secret;
    private final WebchatProperties properties;
    private final Clock clock;

    VisitorTokens(TokenSecret secret, WebchatProperties properties, Clock clock) {
        this.secret = secret;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new token for the visitor, good for {@code switchboard.webchat.token-lifetime}. */
    public String issue(String visitorKey) {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(visitorKey.getBytes(StandardCharsets.UTF_8));
        String signed = key + "." + clock.instant().plus(properties.tokenLifetime()).getEpochSecond();
        return signed + "." + signature(signed);
    }

    /** The visitor a token is for; empty when it was not made here (tampered, cut, made up) or has expired. */
    public Optional<String> visitorOf(String token) {
        Matcher parts = TOKEN.matcher(token == null ? "" : token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String signed = parts.group(1) + "." + parts.group(2);
        if (!Hmac.same(signature(signed), parts.group(3))
                || !Instant.ofEpochSecond(Long.parseLong(parts.group(2))).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new String(Base64.getUrlDecoder().decode(parts.group(1)), StandardCharsets.UTF_8));
    }

    private String signature(String signed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret.sign(signed));
    }
}
