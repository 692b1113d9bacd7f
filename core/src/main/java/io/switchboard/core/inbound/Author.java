package io.switchboard.core.inbound;

import java.util.Objects;

/**
 * Who wrote an inbound message, as the platform identifies them.
 *
 * @param platformId stable id on the platform (Telegram user id, X user id, page-scoped id...)
 * @param displayName what the platform shows as the name
 * @param handle username without the leading {@code @}, or null
 * @param language IETF language tag the platform reports (may be null)
 */
public record Author(String platformId, String displayName, String handle, String language) {
    public Author {
        Objects.requireNonNull(platformId, "author platformId");
    }
}
