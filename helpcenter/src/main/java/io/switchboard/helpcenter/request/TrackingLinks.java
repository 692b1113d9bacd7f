package io.switchboard.helpcenter.request;

import io.switchboard.core.secret.Hmac;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Visitors' tracking links, {@code /help/track/<request id>.<expiry>.<signature>}: the signature is an HMAC
 * of the id and the expiry with the {@link LinkSecret}, so a link cannot be made for another request, nor
 * kept alive longer, without the key; nothing about a link is stored.
 */
@Component
class TrackingLinks {

    static final String PATH = "/help/track/";
    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final LinkSecret secret;
    private final RequestProperties properties;
    private final Clock clock;

    TrackingLinks(LinkSecret secret, RequestProperties properties, Clock clock) {
        this.secret = secret;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link's token for the request, valid for {@code switchboard.helpcenter.requests.tracking-link-validity}. */
    String tokenFor(long requestId) {
        long expires = clock.instant().plus(properties.requests().trackingLinkValidity()).getEpochSecond();
        String signed = requestId + "." + expires;
        return signed + "." + signature(signed);
    }

    /**
     * The request a token is for.
     *
     * @throws TrackingLinkRefused when the token was not made here (tampered, cut, made up) or has expired
     */
    long requestOf(String token) {
        Matcher parts = TOKEN.matcher(token == null ? "" : token);
        if (!parts.matches()) {
            throw new TrackingLinkRefused(TrackingLinkRefused.Kind.INVALID);
        }
        String signed = parts.group(1) + "." + parts.group(2);
        if (!Hmac.same(signature(signed), parts.group(3))) {
            throw new TrackingLinkRefused(TrackingLinkRefused.Kind.INVALID);
        }
        if (!Instant.ofEpochSecond(Long.parseLong(parts.group(2))).isAfter(clock.instant())) {
            throw new TrackingLinkRefused(TrackingLinkRefused.Kind.EXPIRED);
        }
        return Long.parseLong(parts.group(1));
    }

    private String signature(String signed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret.sign(signed));
    }
}
