package io.switchboard.testing.chat;

import java.io.IOException;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JDK WebSocket listener for a server that sends JSON, as the live chat's does to a widget: a message that came in
 * parts is read once whole, then handed to {@link #message}. For the tests' and the bench's visitors.
 */
public abstract class JsonSocketListener implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder partial = new StringBuilder();

    /**
     * One whole message from the server.
     *
     * @param arrivedNanos {@link System#nanoTime()} when its last part arrived, for latencies
     */
    protected abstract void message(JsonNode message, long arrivedNanos);

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long arrived = System.nanoTime();
        partial.append(data);
        if (last) {
            String whole = partial.toString();
            partial.setLength(0);
            try {
                message(JSON.readTree(whole), arrived);
            } catch (IOException e) {
                throw new IllegalStateException("the server sent what is not JSON: " + whole, e);
            }
        }
        webSocket.request(1);
        return null;
    }
}
