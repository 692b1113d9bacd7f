package io.switchboard.core.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a connector last heard from its platform: the time of the last successful call and the
 * last error. Connectors feed it from every call and expose {@link #details()} in their health
 * entry, so an operator sees a channel that silently stopped working. It also counts the platform's
 * "too many requests" answers, for {@link PlatformContactMetrics}.
 */
public final class PlatformContact {

    private record Failure(Instant at, String message) {
    }

    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicLong rateLimits = new AtomicLong();

    public PlatformContact(Clock clock) {
        this.clock = clock;
    }

    public void succeeded() {
        lastSuccess.set(clock.instant());
    }

    /** @param message a description without tokens or secrets */
    public void failed(String message) {
        lastFailure.set(new Failure(clock.instant(), message));
    }

    /**
     * The platform answered "too many requests" (an HTTP 429, or its own code for it). Counted only:
     * whether that is a success or a failure of the contact is each connector's call, as before.
     */
    public void rateLimited() {
        rateLimits.incrementAndGet();
    }

    /** How many times the platform has said "too many requests" since start-up. */
    public long rateLimits() {
        return rateLimits.get();
    }

    public Instant lastSuccess() {
        return lastSuccess.get();
    }

    /** True when the latest call failed, or nothing has succeeded yet but something failed. */
    public boolean failing() {
        Failure failure = lastFailure.get();
        Instant success = lastSuccess.get();
        return failure != null && (success == null || failure.at().isAfter(success));
    }

    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        Instant success = lastSuccess.get();
        details.put("lastSuccess", success == null ? "never" : success.toString());
        Failure failure = lastFailure.get();
        if (failure != null) {
            details.put("lastError", failure.message());
            details.put("lastErrorAt", failure.at().toString());
        }
        return details;
    }
}
