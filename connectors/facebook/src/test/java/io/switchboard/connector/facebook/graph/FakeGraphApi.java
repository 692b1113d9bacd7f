package io.switchboard.connector.facebook.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.connector.facebook.FacebookTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** A Graph API on 127.0.0.1 that answers what a test enqueues, in Graph JSON. */
final class FakeGraphApi implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-01-02T12:00:00Z");
    /** A mapper configured as Spring Boot configures the application's. */
    static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private final MockWebServer server = new MockWebServer();

    FakeGraphApi() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connector's settings with this server as the Graph API, at {@code path} and {@code version}. */
    FacebookProperties properties(String path, String version) {
        return FacebookTestSupport.properties(server.url(path).toString(), version);
    }

    GraphApi client() {
        return new GraphApi(properties("/", "v26.0"), Clock.fixed(NOW, ZoneOffset.UTC), JSON);
    }

    void answer(int status, String json) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(json));
    }

    void answer(MockResponse response) {
        server.enqueue(response);
    }

    /** A Graph error object as Meta sends it. */
    void answerError(int status, int code, String type, String message) {
        answer(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                + ",\"error_subcode\":2018001,\"fbtrace_id\":\"AbCdEf123\"}}");
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the Graph API received no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
