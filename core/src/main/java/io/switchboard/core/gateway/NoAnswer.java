package io.switchboard.core.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Reads a platform call's I/O failure for the one thing the outbox needs to know: may the request
 * have reached the platform although no answer came back (a timeout, a connection reset or closed
 * after the request was written)? Then the platform may have the message, and the next try looks it
 * up before sending it again.
 *
 * <p>A failure is read as "nothing was sent" only when it says so plainly: the connection was never
 * made (refused, connect timeout, unknown host, no route, TLS handshake). Every other I/O failure
 * counts as "may have arrived", because the two mistakes cost differently: a needless lookup is one
 * read, a missed one is a reply shown twice.
 */
public final class NoAnswer {

    /** Deep enough for any client's wrapping (RestClient, RestFB, OkHttp); stops a cause cycle. */
    private static final int MAX_CAUSES = 10;

    private NoAnswer() {
    }

    /** True when the failure, or a cause of it, is an I/O failure after the connection was made. */
    public static boolean mayHaveArrived(Throwable failure) {
        boolean io = false;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (neverConnected(cause)) {
                return false;
            }
            io |= cause instanceof IOException;
        }
        return io;
    }

    private static boolean neverConnected(Throwable failure) {
        return failure instanceof ConnectException
                || failure instanceof HttpConnectTimeoutException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || failure instanceof SSLHandshakeException
                // OkHttp and HttpURLConnection report a connect timeout only in the message
                || failure instanceof SocketTimeoutException timeout && timeout.getMessage() != null
                        && timeout.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out");
    }
}
