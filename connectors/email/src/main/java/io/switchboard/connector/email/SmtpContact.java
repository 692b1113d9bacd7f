package io.switchboard.connector.email;

import io.switchboard.core.gateway.PlatformContact;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the outgoing server last answered: the gateway records every send, the channel's health entry shows it, so a
 * mailbox that is read fine while replies fail (a changed SMTP password) is visible. A type of its own rather than a
 * {@link PlatformContact} bean, which other connectors inject by type.
 */
@Component
@ConditionalOnEmail
public class SmtpContact {

    private final PlatformContact contact;

    public SmtpContact(Clock clock) {
        this.contact = new PlatformContact(clock);
    }

    /** The server took the mail, or refused that one recipient: it answers, the channel works. */
    public void answered() {
        contact.succeeded();
    }

    /** @param message a description without the password */
    public void failed(String message) {
        contact.failed(message);
    }

    /** True when the latest send failed at the server (no connection, login refused, 4xx). */
    public boolean failing() {
        return contact.failing();
    }

    /** {@code lastSuccess}, {@code lastError}, {@code lastErrorAt}, as every connector's health entry has them. */
    public Map<String, Object> details() {
        return contact.details();
    }
}
