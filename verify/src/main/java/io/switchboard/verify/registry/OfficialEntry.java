package io.switchboard.verify.registry;

import java.time.Instant;
import java.util.List;

/**
 * One official channel as the registry holds it.
 *
 * @param value the normalised value lookups compare: a domain in lower case; a mailbox in lower case, or
 *     {@code @domain} for a sending domain; a phone number in E.164; an account's handle in lower case without
 *     {@code @} or {@code t.me/}, or its numeric id
 * @param display how staff wrote it, shown to people ({@code +86 400-123-4567}, {@code @NovaEx})
 * @param label what it is, in the manager's words ("Support hotline", "Announcements channel")
 * @param staffName the staff member an account belongs to; null for the exchange's own channels
 * @param region for a phone line: the region it serves ("Mainland China", "Hong Kong"); else null
 * @param hours for a phone line: when it answers ("24/7", "Mon-Fri 09:00-18:00 UTC+8"); else null
 * @param languages for a phone line: the languages spoken ({@code zh}, {@code en}); else empty
 * @param purpose for a phone line: what it handles ("account security emergencies, frozen accounts, failed
 *     transactions"); else null
 */
public record OfficialEntry(long id, OfficialKind kind, String value, String display, String label, String staffName,
        String region, String hours, List<String> languages, String purpose, Instant updatedAt, String updatedBy) {

    public OfficialEntry {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** Whether it belongs to a staff member rather than to the exchange. */
    public boolean isStaff() {
        return staffName != null;
    }
}
