package io.switchboard.connector.webchat.transport;

import java.util.List;

/**
 * A visitor's message as the widget sends it (WebSocket {@code {"type":"message",...}}, or the body of
 * {@code POST /api/chat/messages}).
 *
 * @param clientId the widget's id of the message: the same message sent again carries the same one
 * @param seq the widget's own counter, echoed in the ack
 * @param files ids of files the visitor uploaded ({@code POST /api/chat/files})
 */
public record VisitorMessage(String clientId, Long seq, String text, List<Long> files) {

    public VisitorMessage {
        text = text == null ? "" : text;
        files = files == null ? List.of() : List.copyOf(files);
    }
}
