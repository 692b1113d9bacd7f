package io.switchboard.connector.facebook.graph;

import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.generator.DefaultFacebookExceptionGenerator;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The Graph API answered with an HTTP error. {@link JdkWebRequestor} throws it so that the status,
 * the error body and the rate-limit headers reach {@link GraphFailure}; RestFB itself would keep
 * only the status. The message holds the status only: never the URL.
 */
final class GraphHttpException extends IOException {

    private final int status;
    private final transient String body;
    private final transient HttpHeaders headers;

    GraphHttpException(int status, String body, HttpHeaders headers) {
        super("HTTP " + status);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    int status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    /** The Graph error object of the body, parsed by RestFB; empty when the body is not one. */
    Optional<FacebookGraphException> graphError() {
        try {
            new DefaultFacebookExceptionGenerator().throwFacebookResponseStatusExceptionIfNecessary(body, status);
            return Optional.empty();
        } catch (FacebookGraphException error) {
            return Optional.of(error);
        } catch (FacebookException notAGraphError) {
            return Optional.empty();
        }
    }
}
