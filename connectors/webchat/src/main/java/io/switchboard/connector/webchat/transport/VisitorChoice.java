package io.switchboard.connector.webchat.transport;

/**
 * A button the visitor pressed: its {@code data} ({@code sb1:...}) goes to the router, its {@code label} is the
 * line the visitor's window shows.
 */
public record VisitorChoice(String clientId, Long seq, String data, String label) {
}
