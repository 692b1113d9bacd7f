package io.switchboard.admin.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;

/**
 * The one JSON shape of every error the staff API returns, e.g.
 * {@code {"error":"not_found","message":"no ticket T-99"}}.
 *
 * @param error the HTTP status as a stable snake_case code: bad_request, unauthorized, forbidden,
 *     not_found
 * @param message what was wrong, for a human
 * @param allowed the accepted values, when a parameter had a value outside a fixed set
 */
public record ApiError(String error, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> allowed) {

    public ApiError {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(code(status), message, List.of());
    }

    static String code(HttpStatusCode status) {
        if (status instanceof org.springframework.http.HttpStatus known) {
            return known.name().toLowerCase(Locale.ROOT);
        }
        return "http_" + status.value();
    }
}
