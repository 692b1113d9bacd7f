package io.switchboard.connector.webchat.transport;

/**
 * The server stored a visitor's message: the widget matches it by {@code clientId} (acks may come in any order).
 *
 * @param seq the widget's counter the message carried
 * @param frame the seq of the frame it is stored as
 */
public record Ack(String clientId, Long seq, long frame) {
}
