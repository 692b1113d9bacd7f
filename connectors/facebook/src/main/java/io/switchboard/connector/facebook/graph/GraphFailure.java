package io.switchboard.connector.facebook.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.NoAnswer;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed Graph API call means for the caller. Meta reports errors as
 * {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}:
 * <ul>
 *   <li>HTTP 429, and the rate-limit codes 4, 17, 32, 613 and 80000-80014 (which come with 400):
 *       {@link DeliveryException.Kind#RATE_LIMITED}, waiting as long as the usage headers'
 *       {@code estimated_time_to_regain_access} (minutes) or a {@code Retry-After} header say,
 *       else {@link #DEFAULT_RETRY_AFTER};</li>
 *   <li>5xx, errors Meta marks {@code is_transient}, codes 1 and 2, timeouts and connection
 *       failures: {@link DeliveryException.Kind#TRANSIENT}; a timeout or a connection lost after
 *       the request went out is also unanswered ({@link DeliveryException#noAnswer}): Facebook may
 *       have taken it;</li>
 *   <li>any other error: {@link DeliveryException.Kind#PERMANENT}.</li>
 * </ul>
 *
 * @param platformTrouble true when the failure says something about the connection to Facebook
 *     (it is down, it throttles us, the token or its permissions are no longer valid) rather than
 *     about one request (a deleted comment, a blocked person); health turns DOWN on these only
 * @param answered false when the request may have reached Facebook but no answer came back
 */
record GraphFailure(DeliveryException.Kind kind, Duration retryAfter, String description, boolean platformTrouble,
        boolean answered) {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613);
    private static final Set<Integer> TEMPORARY_CODES = Set.of(1, 2);
    /** Invalid or expired token (190, 102), missing permission (10, 200-299). */
    private static final Set<Integer> ACCESS_CODES = Set.of(190, 102, 10);
    private static final List<String> USAGE_HEADERS =
            List.of("x-business-use-case-usage", "x-page-usage", "x-app-usage");
    /** @param json the application's mapper, to read the usage headers' JSON */
    static GraphFailure of(FacebookException failure, ObjectMapper json) {
        if (failure instanceof FacebookGraphException graph) {
            return ofGraphError(graph, graph.getHttpStatusCode() == null ? 0 : graph.getHttpStatusCode(), null, json);
        }
        Throwable cause = failure.getCause();
        if (cause instanceof GraphHttpException http) {
            return http.graphError()
                    .map(graph -> ofGraphError(graph, http.status(), http.headers(), json))
                    .orElseGet(() -> ofStatus(http.status(), http.headers(), json));
        }
        if (cause instanceof IOException io) {
            boolean mayHaveArrived = NoAnswer.mayHaveArrived(io);
            return new GraphFailure(DeliveryException.Kind.TRANSIENT, null,
                    (mayHaveArrived ? "no answer from the Graph API (" : "could not reach the Graph API (")
                            + io.getClass().getSimpleName() + ")", true, !mayHaveArrived);
        }
        return new GraphFailure(DeliveryException.Kind.PERMANENT, null,
                "unexpected answer from the Graph API: " + failure.getMessage(), false, true);
    }

    DeliveryException toException(String operation) {
        String message = "Facebook " + operation + " failed: " + description;
        return switch (kind) {
            case RATE_LIMITED -> DeliveryException.rateLimited(retryAfter, message);
            case TRANSIENT -> answered ? DeliveryException.transientFailure(message, null)
                    : DeliveryException.noAnswer(message, null);
            case PERMANENT -> DeliveryException.permanent(message, null);
        };
    }

    private static GraphFailure ofGraphError(FacebookGraphException graph, int status, HttpHeaders headers,
            ObjectMapper json) {
        int code = graph.getErrorCode() == null ? 0 : graph.getErrorCode();
        String description = graph.getErrorMessage() + " [code " + code
                + (graph.getErrorSubcode() == null ? "" : ", subcode " + graph.getErrorSubcode())
                + ", HTTP " + status
                + (graph.getFbtraceId() == null ? "" : ", fbtrace_id " + graph.getFbtraceId()) + "]";
        if (status == 429 || RATE_LIMIT_CODES.contains(code) || (code >= 80000 && code <= 80014)) {
            return new GraphFailure(DeliveryException.Kind.RATE_LIMITED, retryAfter(headers, json), description, true, true);
        }
        if (status >= 500 || status == 408 || TEMPORARY_CODES.contains(code) || Boolean.TRUE.equals(graph.getIsTransient())) {
            return new GraphFailure(DeliveryException.Kind.TRANSIENT, null, description, true, true);
        }
        boolean accessLost = ACCESS_CODES.contains(code) || (code >= 200 && code <= 299);
        return new GraphFailure(DeliveryException.Kind.PERMANENT, null, description, accessLost, true);
    }

    private static GraphFailure ofStatus(int status, HttpHeaders headers, ObjectMapper json) {
        String description = "HTTP " + status;
        if (status == 429) {
            return new GraphFailure(DeliveryException.Kind.RATE_LIMITED, retryAfter(headers, json), description, true, true);
        }
        if (status >= 500 || status == 408) {
            return new GraphFailure(DeliveryException.Kind.TRANSIENT, null, description, true, true);
        }
        return new GraphFailure(DeliveryException.Kind.PERMANENT, null, description,
                status == 401 || status == 403, true);
    }

    /** {@code Retry-After} in seconds, else the longest {@code estimated_time_to_regain_access} in minutes. */
    private static Duration retryAfter(HttpHeaders headers, ObjectMapper json) {
        if (headers == null) {
            return DEFAULT_RETRY_AFTER;
        }
        Optional<Duration> retryAfter = headers.firstValue("Retry-After")
                .flatMap(GraphFailure::seconds);
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        long minutes = 0;
        for (String name : USAGE_HEADERS) {
            for (String value : headers.allValues(name)) {
                minutes = Math.max(minutes, longestRegainMinutes(value, json));
            }
        }
        return minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_RETRY_AFTER;
    }

    private static long longestRegainMinutes(String usageJson, ObjectMapper json) {
        try {
            long longest = 0;
            for (JsonNode value : json.readTree(usageJson).findValues("estimated_time_to_regain_access")) {
                longest = Math.max(longest, value.asLong(0));
            }
            return longest;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
