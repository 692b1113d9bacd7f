package io.switchboard.connector.email.reading;

import java.util.Locale;
import java.util.Objects;

/**
 * One address of a mail header, as read.
 *
 * @param address the address in lower case, as compared everywhere
 * @param name the display name, decoded from its encoded words; null when there is none
 */
public record MailAddress(String address, String name) {

    public MailAddress {
        Objects.requireNonNull(address, "address");
        address = address.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the {@code @}. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
