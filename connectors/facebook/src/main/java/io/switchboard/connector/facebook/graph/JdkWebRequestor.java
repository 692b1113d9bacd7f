package io.switchboard.connector.facebook.graph;

import com.restfb.DebugHeaderInfo;
import com.restfb.WebRequestor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * RestFB's transport, on the JDK's {@link HttpClient} instead of RestFB's default one: it has a
 * connect and a whole-request timeout, keeps no per-call state (so concurrent calls are safe),
 * never logs (RestFB's default requestor logs request URLs with their parameters at debug), and
 * turns every HTTP error into a {@link GraphHttpException} that keeps the response headers, where
 * Meta says how long a rate limit lasts. The access token travels in the {@code Authorization}
 * header, never in a URL.
 */
final class JdkWebRequestor implements WebRequestor {

    private final HttpClient http;
    private final Duration requestTimeout;

    JdkWebRequestor(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Response executeGet(Request request) throws IOException {
        return execute(request, HttpRequest.newBuilder(withQuery(request)).GET());
    }

    @Override
    public Response executePost(Request request) throws IOException {
        if (!request.getBinaryAttachments().isEmpty()) {
            throw new IOException("uploading files to Facebook is not supported");
        }
        if (request.hasBody()) {
            return execute(request, HttpRequest.newBuilder(withQuery(request))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.getBody().getData(), StandardCharsets.UTF_8)));
        }
        String form = request.getParameters() == null ? "" : request.getParameters();
        return execute(request, HttpRequest.newBuilder(URI.create(request.getUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    @Override
    public Response executeDelete(Request request) throws IOException {
        return execute(request, HttpRequest.newBuilder(withQuery(request)).DELETE());
    }

    /** RestFB reads Meta's debug headers from here; failures carry their headers instead. */
    @Override
    public DebugHeaderInfo getDebugHeaderInfo() {
        return null;
    }

    private Response execute(Request request, HttpRequest.Builder builder) throws IOException {
        builder.timeout(requestTimeout);
        if (request.hasHeaderAccessToken()) {
            builder.header("Authorization", "Bearer " + request.getHeaderAccessToken());
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling the Graph API");
        }
        if (response.statusCode() >= 300) {
            throw new GraphHttpException(response.statusCode(), response.body(), response.headers());
        }
        return new Response(response.statusCode(), response.body());
    }

    private static URI withQuery(Request request) {
        return URI.create(request.getFullUrl());
    }
}
