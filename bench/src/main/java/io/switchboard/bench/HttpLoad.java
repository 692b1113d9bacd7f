package io.switchboard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Sends requests from a fixed number of concurrent clients. Each client sends its next request
 * when the previous one was answered (a closed loop), so the load adapts to the server and the
 * latencies are those of a server that keeps up, not of a growing client-side queue. Without a
 * pause between requests the server always has as many requests in hand as there are clients, so a
 * round trip is about clients / throughput (Little's law); a pause, as a reader reads a page, leaves
 * the server idle at times, and the round trips come nearer the server's own time per request.
 */
final class HttpLoad {

    /** The status of a request that got no answer (refused, reset, timed out). */
    static final int NO_ANSWER = -1;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * @param latencyNanos one round trip per request, in the order of the requests
     * @param wall from the first request sent to the last answer received, the clients' pauses included
     * @param unexpected how many answers of each status the caller did not expect, {@link #NO_ANSWER}
     *     for requests that got none
     */
    record Result(long[] latencyNanos, Duration wall, SortedMap<Integer, Integer> unexpected) {

        Result {
            unexpected = Collections.unmodifiableSortedMap(new TreeMap<>(unexpected));
        }

        int failures() {
            return unexpected.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Expected answers per second over the wall time, and the round trips of all requests. */
        Figures figures() {
            return Figures.of(latencyNanos.length - failures(), wall, latencyNanos);
        }
    }

    /** Unexpected answers for a report: {@code 404 x 12, no answer x 1}, or {@code none}. */
    static String describe(SortedMap<Integer, Integer> unexpected) {
        return unexpected.isEmpty() ? "none" : unexpected.entrySet().stream()
                .map(e -> (e.getKey() == NO_ANSWER ? "no answer" : e.getKey()) + " x " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    // HTTP/1.1, as webhook callers and browsers on plain HTTP speak it; the default (HTTP/2) would try an
    // h2c upgrade first.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int concurrency;
    private final Duration pause;

    /** Clients that send their next request as soon as the last was answered. */
    HttpLoad(int concurrency) {
        this(concurrency, Duration.ZERO);
    }

    /**
     * @param pause how long a client waits after an answer before its next request, on average: each
     *     wait is drawn between none and twice this, so the clients do not go in step
     */
    HttpLoad(int concurrency, Duration pause) {
        this.concurrency = concurrency;
        this.pause = pause;
    }

    /** Posts the JSON bodies to one URL, as a platform calls a webhook: no cookies; any 2xx is an answer. */
    Result post(String label, URI uri, Map<String, String> headers, List<String> bodies) throws InterruptedException {
        return run(label, bodies.size(), i -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)));
            headers.forEach(request::header);
            return request.build();
        }, CookiePolicy.ACCEPT_NONE, status -> status >= 200 && status < 300);
    }

    /**
     * Gets the pages as readers in a browser do: each client is one reader who keeps the cookies the
     * site sets (its session) for this call, so a page that needs a session creates it once per reader,
     * not on every request. Only a 200 is an answer.
     */
    Result get(String label, List<URI> pages) throws InterruptedException {
        return run(label, pages.size(), i -> HttpRequest.newBuilder(pages.get(i)).timeout(TIMEOUT).GET().build(),
                CookiePolicy.ACCEPT_ORIGINAL_SERVER, status -> status == 200);
    }

    /**
     * @param requests the i-th request, without its cookies
     * @param cookies which cookies each client keeps, in a jar of its own
     * @param expected the statuses that count as answers; the others are counted by status
     */
    private Result run(String label, int count, IntFunction<HttpRequest> requests, CookiePolicy cookies,
            IntPredicate expected) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        SortedMap<Integer, Integer> unexpected = new ConcurrentSkipListMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try (Progress progress = Progress.of(label, () -> "answered " + done.get() + "/" + count)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    CookieManager jar = new CookieManager(null, cookies);
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpRequest request = withCookies(requests.apply(i), jar);
                        long sent = System.nanoTime();
                        int status = send(request, jar);
                        latencies[i] = System.nanoTime() - sent;
                        if (!expected.test(status)) {
                            unexpected.merge(status, 1, Integer::sum);
                        }
                        done.incrementAndGet();
                        pause();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an HTTP client failed", e.getCause());
        } finally {
            clients.shutdownNow();
        }
        return new Result(latencies, Duration.ofNanos(System.nanoTime() - start), unexpected);
    }

    private void pause() throws InterruptedException {
        if (!pause.isZero()) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2 * pause.toMillis() + 1));
        }
    }

    /** The request with the cookies the client's jar holds for its URL. */
    private static HttpRequest withCookies(HttpRequest request, CookieManager jar) throws IOException {
        Map<String, List<String>> cookies = jar.get(request.uri(), Map.of());
        if (cookies.values().stream().allMatch(List::isEmpty)) {
            return request;
        }
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        cookies.forEach((name, values) -> values.forEach(value -> copy.header(name, value)));
        return copy.build();
    }

    /** @return the answer's status, or {@link #NO_ANSWER} */
    private int send(HttpRequest request, CookieManager jar) throws InterruptedException {
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            jar.put(request.uri(), response.headers().map());
            return response.statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        }
    }
}
