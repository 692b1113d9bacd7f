package io.switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake platform on 127.0.0.1 (OkHttp's MockWebServer on a free port) that answers every request
 * through {@link #handle}, so it can keep state the way the real platform does.
 */
public abstract class LoopbackServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();

    protected LoopbackServer(String platform) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("fake " + platform + " did not start", e);
        }
    }

    /** The platform's answer to one request; called on MockWebServer's threads. */
    protected abstract MockResponse handle(RecordedRequest request);

    /** The server's base URL, to configure as the connector's API URL. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    protected static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
