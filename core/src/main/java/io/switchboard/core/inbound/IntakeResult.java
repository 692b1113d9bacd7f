package io.switchboard.core.inbound;

/** What {@link InboundPort#accept} did with an event. Either way the connector may acknowledge it. */
public enum IntakeResult {
    /** Stored for the first time; the router will process it. */
    STORED,
    /** Already stored earlier (a redelivery): nothing changed. */
    DUPLICATE
}
