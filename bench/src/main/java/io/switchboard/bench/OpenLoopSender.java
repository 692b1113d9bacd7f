package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts updates at their due times ({@link OpenLoopSchedule}) without waiting for earlier answers: one
 * thread hands each request to an asynchronous HTTP client the moment it is due, so the load does not
 * adapt to the server (as Telegram's deliveries do not). Each send records how late it went out, which
 * says whether the figures are of the offered rate or of a client that could not keep up.
 */
final class OpenLoopSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** After the last send, how long the answers still in flight may take. */
    private static final Duration DRAIN = TIMEOUT.plusSeconds(5);

    /**
     * @param start when the first update was due
     * @param end when the last update was due
     * @param latenessNanos per update, from its due time to its send
     * @param roundTripNanos per update, from its send to its answer (to the timeout for none)
     * @param unexpected answers other than 2xx by status, {@link HttpLoad#NO_ANSWER} for none
     */
    record Result(Instant start, Instant end, long[] latenessNanos, long[] roundTripNanos,
            SortedMap<Integer, Integer> unexpected) {

        int failures() {
            return unexpected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    // HTTP/1.1, as Telegram calls a webhook; each request in flight takes a connection of its own
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Sends {@code bodies[i]} to {@code targets[i % targets]} at its due time: round robin, as a load balancer. */
    Result send(String label, OpenLoopSchedule schedule, List<URI> targets, Map<String, String> headers,
            List<String> bodies) throws InterruptedException {
        int count = Math.min(schedule.count(), bodies.size());
        long[] lateness = new long[count];
        long[] roundTrips = new long[count];
        SortedMap<Integer, Integer> unexpected = new ConcurrentSkipListMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[count];
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        try (Progress progress = Progress.of(label, () -> "sent " + sent.get() + "/" + count + ", answered "
                + answered.get() + ", last send " + lateness[Math.max(sent.get() - 1, 0)] / 1_000_000 + " ms late")) {
            for (int i = 0; i < count; i++) {
                long due = start + schedule.dueNanos(i);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(targets.get(i % targets.size())).timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)));
                headers.forEach(request::header);
                long sentAt = System.nanoTime();
                lateness[i] = sentAt - due;
                int index = i;
                inFlight[i] = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            roundTrips[index] = System.nanoTime() - sentAt;
                            int status = failure == null ? response.statusCode() : HttpLoad.NO_ANSWER;
                            if (status < 200 || status >= 300) {
                                unexpected.merge(status, 1, Integer::sum);
                            }
                            answered.incrementAndGet();
                        });
                sent.incrementAndGet();
            }
            Instant end = startedAt.plusNanos(count == 0 ? 0 : schedule.dueNanos(count - 1));
            awaitAnswers(inFlight);
            return new Result(startedAt, end, lateness, roundTrips, unexpected);
        }
    }

    private static void awaitAnswers(CompletableFuture<?>[] inFlight) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight).handle((ignored, failure) -> null)
                    .get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("answers still missing " + DRAIN + " after the last send", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
