package io.switchboard.connector.email.reading;

import java.util.Objects;

/**
 * A mail server's report that a message of ours was not delivered (an RFC 3464 delivery status
 * notification, or a mailer-daemon's bounce in prose).
 *
 * @param originalMessageId the Message-ID of the message that bounced, without angle brackets; null when
 *     the report does not say
 * @param recipient the address that failed, when the report says
 * @param reason the server's words (status code and diagnostic), for staff
 */
public record Bounce(String originalMessageId, String recipient, String reason) {

    public Bounce {
        Objects.requireNonNull(reason, "reason");
    }
}
