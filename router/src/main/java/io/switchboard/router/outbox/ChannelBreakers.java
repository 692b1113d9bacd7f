package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.ChannelBreakerState;
import io.switchboard.core.outbox.DeliveryBreakers;
import io.switchboard.core.retry.Backoff;
import io.switchboard.router.config.DeliveryProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per channel, so that a platform that is down for everyone is not called for
 * every waiting reply. After {@code breaker-failures} transient failures in a row, or at once on a
 * 429, the breaker opens: sends to that channel are held back (postponed without counting a try)
 * and only one probe at a time goes out, first after {@code probe-min} (or the 429's retry_after),
 * then at growing intervals up to {@code probe-max}. The first answer from the platform closes it.
 * <p>
 * The state lives in memory, per running instance: in a cluster each instance finds out on its
 * own, at the cost of at most {@code breaker-failures} calls plus its probes each.
 */
@Component
public class ChannelBreakers implements DeliveryBreakers {

    private static final Logger log = LoggerFactory.getLogger(ChannelBreakers.class);
    /** A probe whose outcome never came back (its sender died) no longer blocks the next one. */
    static final Duration PROBE_TIMEOUT = Duration.ofMinutes(1);

    /** Whether a send to the channel may go now. */
    public sealed interface Admission {
        /** Send; when {@code probe}, report its outcome (it tells whether the platform is back). */
        record Go(boolean probe) implements Admission {
        }

        /** Do not call the platform before {@code until}; the wait does not count as a try. */
        record Hold(Instant until) implements Admission {
        }
    }

    private static final class Breaker {
        int failures;
        int openings;
        Instant openUntil;
        boolean rateLimited;
        Instant probeSince;
        String lastError;

        boolean open() {
            return openUntil != null;
        }
    }

    private final int threshold;
    private final Backoff probes;
    private final Duration recheck;
    private final Map<Channel, Breaker> breakers = new EnumMap<>(Channel.class);
    /** Whether a channel's connector is on: only those are shown to staff. */
    private final Predicate<Channel> connected;

    @Autowired
    ChannelBreakers(DeliveryProperties properties, Gateways gateways) {
        this(properties.breakerFailures(), properties.probeMin(), properties.probeMax(),
                channel -> gateways.forChannel(channel).isPresent());
    }

    ChannelBreakers(int threshold, Duration probeMin, Duration probeMax, Predicate<Channel> connected) {
        this.threshold = threshold;
        this.connected = connected;
        // no jitter: there is one probe per channel, nothing to spread
        this.probes = Backoff.withoutJitter(probeMin, probeMax);
        this.recheck = probeMin;
        Arrays.stream(Channel.values()).forEach(channel -> breakers.put(channel, new Breaker()));
    }

    /** Asks to call the channel's platform now; a {@link Admission.Go#probe()} must be reported. */
    public synchronized Admission admit(Channel channel, Instant now) {
        Breaker breaker = breakers.get(channel);
        if (!breaker.open()) {
            return new Admission.Go(false);
        }
        if (now.isBefore(breaker.openUntil)) {
            return new Admission.Hold(breaker.openUntil);
        }
        if (breaker.probeSince != null && now.isBefore(breaker.probeSince.plus(PROBE_TIMEOUT))) {
            // one probe is out: the others look again shortly, as it may well get through
            return new Admission.Hold(now.plus(recheck));
        }
        breaker.probeSince = now;
        return new Admission.Go(true);
    }

    /** A probe admitted by {@link #admit} was not sent after all (our own throttle held it back). */
    public synchronized void probeNotSent(Channel channel) {
        breakers.get(channel).probeSince = null;
    }

    /** The platform answered (sent, or refused one message for good): it is up. */
    public synchronized void answered(Channel channel) {
        Breaker breaker = breakers.get(channel);
        if (breaker.open()) {
            log.info("{} answers again: sending resumes", channel.key());
        }
        breakers.put(channel, new Breaker());
    }

    /** A transient failure (5xx, timeout, no connection): counts towards opening, or keeps it open. */
    public synchronized void failed(Channel channel, String error, Instant now) {
        Breaker breaker = breakers.get(channel);
        breaker.failures++;
        breaker.lastError = error;
        breaker.probeSince = null;
        if (breaker.open() || breaker.failures >= threshold) {
            breaker.openings++;
            breaker.rateLimited = false;
            breaker.openUntil = now.plus(probes.delayAfter(breaker.openings));
            log.warn("{} failed {} times in a row ({}): holding its sends, next probe at {}", channel.key(),
                    breaker.failures, error, breaker.openUntil);
        }
    }

    /** The platform said 429: nothing goes to it before {@code until}, then one probe. */
    public synchronized void rateLimited(Channel channel, String error, Instant until) {
        Breaker breaker = breakers.get(channel);
        breaker.failures++;
        breaker.lastError = error;
        breaker.probeSince = null;
        breaker.rateLimited = true;
        if (!breaker.open() || until.isAfter(breaker.openUntil)) {
            breaker.openUntil = until;
        }
        log.info("{} rate-limited us: holding its sends until {}", channel.key(), until);
    }

    /** Staff asked for a send now: an open breaker lets a probe go at once. */
    public synchronized void probeNow(Channel channel, Instant now) {
        Breaker breaker = breakers.get(channel);
        if (breaker.open() && !breaker.rateLimited && breaker.openUntil.isAfter(now)) {
            breaker.openUntil = now;
        }
    }

    @Override
    public synchronized List<ChannelBreakerState> states() {
        return Arrays.stream(Channel.values()).filter(connected).map(channel -> {
            Breaker b = breakers.get(channel);
            return new ChannelBreakerState(channel, b.open(), b.open() && b.rateLimited, b.failures, b.openUntil,
                    b.open() ? b.lastError : null);
        }).toList();
    }
}
