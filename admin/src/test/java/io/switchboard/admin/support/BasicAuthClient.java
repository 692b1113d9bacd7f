package io.switchboard.admin.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls a running server over real HTTP with Basic credentials, as curl -u would. */
public final class BasicAuthClient {

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public BasicAuthClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String username, String password)
            throws IOException, InterruptedException {
        return get(path, username, password, HttpRequest.newBuilder());
    }

    /** The same from another client address, for a server that trusts {@code X-Forwarded-For}. */
    public HttpResponse<String> getFrom(String address, String path, String username, String password)
            throws IOException, InterruptedException {
        return get(path, username, password, HttpRequest.newBuilder().header("X-Forwarded-For", address));
    }

    private HttpResponse<String> get(String path, String username, String password, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.uri(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }
}
