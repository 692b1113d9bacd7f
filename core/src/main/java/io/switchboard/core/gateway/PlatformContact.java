package io.switchboard.core.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a connector last heard from its platform: the time of the last successful call and the
 * last error. Connectors feed it from every call and expose {@link #details()} in their health
 * entry, so an operator sees a channel that silently stopped working.
 */
public final class PlatformContact {

    private record Failure(Instant at, String message) {
    }

    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

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
