package io.switchboard.admin.audit;

import io.switchboard.core.audit.AuditQuery;
import io.switchboard.web.error.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The audit log's filters as a request gives them, all text: {@code from} and {@code to} are an
 * instant ({@code 2026-12-01T08:00:00Z}) or a date ({@code 2026-12-01}), a date meaning the whole
 * UTC day (from its start, to its end), so {@code from=2026-12-01&to=2026-12-01} is that one day.
 */
record AuditFilter(String actor, String action, String targetType, String targetId, String from, String to) {

    /** @throws InvalidFieldException naming {@code from} or {@code to} when it is neither, or when to is before from */
    AuditQuery query() {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        return new AuditQuery(actor, action, targetType, targetId, start, end);
    }

    private static Instant instant(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == "2026-12-01".length()) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be an instant (2026-12-01T08:00:00Z) or a date (2026-12-01),"
                    + " not '" + value + "'");
        }
    }
}
