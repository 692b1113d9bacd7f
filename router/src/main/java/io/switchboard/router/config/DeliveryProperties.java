package io.switchboard.router.config;

import io.switchboard.core.channel.Channel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox rides out a platform outage ({@code switchboard.router.delivery.*}).
 *
 * @param retryFor how long a reply is retried after transient failures (5xx, timeouts, refused
 *     connections) before it is given up, counted from when it was queued
 * @param breakerFailures transient failures in a row on one channel after which its breaker opens:
 *     nothing more is sent to that platform but one probe at a time until a probe gets through
 * @param probeMin the wait before the first probe once the breaker opened; doubled after each
 *     failed probe
 * @param probeMax the longest wait between probes
 * @param staleAfter per channel ({@code telegram: 2h}): a reply older than this is not sent late
 *     but marked EXPIRED and its thread escalated to staff; channels left out keep their default
 *     ({@link #DEFAULT_STALE_AFTER})
 */
@Validated
@ConfigurationProperties("switchboard.router.delivery")
public record DeliveryProperties(
        @NotNull @DefaultValue("12h") Duration retryFor,
        @Min(1) @DefaultValue("3") int breakerFailures,
        @NotNull @DefaultValue("5s") Duration probeMin,
        @NotNull @DefaultValue("5m") Duration probeMax,
        Map<Channel, Duration> staleAfter) {

    /**
     * Chats move on within hours (Messenger also stops taking replies after 24 hours); a mention
     * on X still reads as an answer for half a day, a forum thread, a help center request, an e-mail or a live chat
     * (whose window keeps it for the visitor) for a week.
     */
    public static final Map<Channel, Duration> DEFAULT_STALE_AFTER = Map.of(Channel.TELEGRAM, Duration.ofHours(2),
            Channel.FACEBOOK, Duration.ofHours(2), Channel.TWITTER, Duration.ofHours(12),
            Channel.FORUM, Duration.ofDays(7), Channel.WEB, Duration.ofDays(7), Channel.EMAIL, Duration.ofDays(7),
            Channel.WEBCHAT, Duration.ofDays(7));

    public DeliveryProperties {
        Map<Channel, Duration> merged = new EnumMap<>(DEFAULT_STALE_AFTER);
        if (staleAfter != null) {
            staleAfter.forEach((channel, age) -> {
                requirePositive("stale-after." + channel.key(), age);
                merged.put(channel, age);
            });
        }
        staleAfter = Map.copyOf(merged);
        requirePositive("retry-for", retryFor);
        requirePositive("probe-min", probeMin);
        if (probeMax != null && probeMin != null && probeMax.compareTo(probeMin) < 0) {
            throw new IllegalArgumentException("switchboard.router.delivery.probe-max (" + probeMax
                    + ") must not be shorter than probe-min (" + probeMin + ")");
        }
    }

    /** How old a reply on {@code channel} may be and still be sent. */
    public Duration staleAfter(Channel channel) {
        return staleAfter.get(channel);
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException("switchboard.router.delivery." + name + " must be positive, got " + value);
        }
    }
}
