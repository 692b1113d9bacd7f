package io.switchboard.shutdown;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first step of a stop: from here on every platform webhook is answered 503 with
 * {@code Retry-After}, so the platform delivers it again later (to this instance after its
 * restart, or to another one) and nothing is acknowledged that is not stored. Requests already
 * past this filter finish normally: the web server's graceful shutdown waits for them, and Camel
 * and the database stop only after it.
 *
 * <p>Each refusal closes its connection. Once the web server pauses, Tomcat itself answers a
 * request on a kept-alive connection with a bare 503 (no {@code Retry-After}); closing the
 * connections here leaves callers only new connections, which the stopped server refuses. The
 * stop waits until no webhook came for {@link #QUIET} (at most the configured drain time), so
 * that every busy connection got its refusal before the server pauses.
 */
final class WebhookDrain extends OncePerRequestFilter implements SmartLifecycle {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(WebhookDrain.class);

    private final Duration maxDrain;
    private final AtomicLong lastWebhookNanos = new AtomicLong(System.nanoTime() - QUIET.toNanos());
    private volatile boolean running;
    private volatile boolean draining;

    WebhookDrain(Duration maxDrain) {
        this.maxDrain = maxDrain;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        lastWebhookNanos.set(System.nanoTime());
        if (!draining) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"the service is stopping; deliver this again later\"}");
    }

    @Override
    public void start() {
        draining = false;
        running = true;
    }

    @Override
    public void stop() {
        draining = true;
        log.info("Stopping: webhooks are answered 503 with Retry-After from now on");
        long deadline = System.nanoTime() + maxDrain.toNanos();
        try {
            while (System.nanoTime() - lastWebhookNanos.get() < QUIET.toNanos() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the web server's graceful shutdown, which stops taking connections. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }
}
