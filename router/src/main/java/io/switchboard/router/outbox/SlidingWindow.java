package io.switchboard.router.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code permits} sends in any {@code length} of time, per key, counted as the platform counts them: a
 * send is in the window from its permit until {@code length} after the platform answered it. The platform counts
 * a send when it arrives, which is after the permit and before the answer; so however long a send takes to get
 * there, a send that the window lets go never finds the platform's window full (a window counted from the permits
 * let a send that took its time crowd the next second: 429s on a busy machine). A permit whose send is never
 * reported answered ({@link #answered}) leaves the window after {@link #IN_FLIGHT_AT_MOST}. Unlike a token bucket,
 * whose worst second holds its burst and a second's refill, a burst never follows a full window at its edge. In
 * memory: one instance's sends.
 */
final class SlidingWindow {

    /** Longer than any platform call is allowed to take (the connectors' timeouts). */
    static final Duration IN_FLIGHT_AT_MOST = Duration.ofMinutes(1);

    private final int permits;
    private final Duration length;
    private final Clock clock;
    /** When the permits of sends not answered yet were taken, oldest first. */
    private final Map<String, Deque<Instant>> inFlight = new HashMap<>();
    /** When the platform answered the sends of the last {@code length}, oldest first. */
    private final Map<String, Deque<Instant>> answered = new HashMap<>();

    SlidingWindow(int permits, Duration length, Clock clock) {
        this.permits = permits;
        this.length = length;
        this.clock = clock;
    }

    /** @return zero when a permit was taken; otherwise how long until one may be free (nothing taken) */
    synchronized Duration tryTake(String key) {
        Instant now = clock.instant();
        Deque<Instant> flying = forget(inFlight, key, now.minus(IN_FLIGHT_AT_MOST));
        Deque<Instant> done = forget(answered, key, now.minus(length));
        if (flying.size() + done.size() < permits) {
            flying.addLast(now);
            return Duration.ZERO;
        }
        // every permit in flight: one comes back within a send's time; try again a share of the window later
        return done.isEmpty() ? length.dividedBy(permits)
                : Duration.between(now.minus(length), done.peekFirst());
    }

    /** The platform answered a send of {@code key} (whatever it said): it counts from now. */
    synchronized void answered(String key) {
        Deque<Instant> flying = inFlight.get(key);
        if (flying != null && flying.pollFirst() != null) {
            answered.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
        }
    }

    /** Returns the latest permit {@link #tryTake} gave for {@code key}, which was not used after all. */
    synchronized void giveBack(String key) {
        Deque<Instant> flying = inFlight.get(key);
        if (flying != null) {
            flying.pollLast();
        }
    }

    private static Deque<Instant> forget(Map<String, Deque<Instant>> times, String key, Instant before) {
        Deque<Instant> kept = times.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!kept.isEmpty() && !kept.peekFirst().isAfter(before)) {
            kept.removeFirst();
        }
        return kept;
    }
}
