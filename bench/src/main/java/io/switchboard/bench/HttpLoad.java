package io.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts bodies to one URL from a fixed number of concurrent clients. Each client sends its next
 * body when the previous one was answered (a closed loop), so the load adapts to the server and
 * the latencies are those of a server that keeps up, not of a growing client-side queue.
 */
final class HttpLoad {

    /**
     * @param latencyNanos one round trip per body, in the order of the bodies
     * @param wall from the first request sent to the last answer received
     * @param failures answers other than 2xx, and requests that got no answer
     */
    record Result(long[] latencyNanos, Duration wall, int failures) {
    }

    // HTTP/1.1, as webhook callers speak it; the default (HTTP/2) would try an h2c upgrade first.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int concurrency;

    HttpLoad(int concurrency) {
        this.concurrency = concurrency;
    }

    Result post(String label, URI uri, Map<String, String> headers, List<String> bodies) throws InterruptedException {
        long[] latencies = new long[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try (Progress progress = Progress.of(label, () -> "posted " + done.get() + "/" + bodies.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpRequest request = request(uri, headers, bodies.get(i));
                        long sent = System.nanoTime();
                        if (!send(request)) {
                            failures.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - sent;
                        done.incrementAndGet();
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
        return new Result(latencies, Duration.ofNanos(System.nanoTime() - start), failures.get());
    }

    private static HttpRequest request(URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return request.build();
    }

    private boolean send(HttpRequest request) throws InterruptedException {
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
