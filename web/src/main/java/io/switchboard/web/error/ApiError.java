package io.switchboard.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;

/**
 * The one JSON shape of every error the site's JSON APIs return, e.g.
 * {@code {"error":"not_found","message":"no ticket T-99"}}.
 *
 * @param error the HTTP status as a stable snake_case code: bad_request, unauthorized, forbidden,
 *     not_found
 * @param message what was wrong, for a human
 * @param allowed the accepted values, when a parameter had a value outside a fixed set
 * @param errors one message per invalid field of a request body, e.g. {@code {"key": "must not be blank"}}
 */
public record ApiError(String error, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> allowed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors) {

    public ApiError {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        errors = errors == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    /** An error about a value outside a fixed set, with the values that are accepted. */
    public static ApiError of(HttpStatusCode status, String message, List<String> allowed) {
        return new ApiError(code(status), message, allowed, Map.of());
    }

    public static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(code(status), message, List.of(), Map.of());
    }

    static String code(HttpStatusCode status) {
        if (status instanceof org.springframework.http.HttpStatus known) {
            return known.name().toLowerCase(Locale.ROOT);
        }
        return "http_" + status.value();
    }
}
