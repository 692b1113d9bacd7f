package io.switchboard.verify.registry;

import java.util.List;

/**
 * An entry as a manager submits it; the registry normalises {@code value} ({@link OfficialEntry#value()}) and keeps
 * the text as written for display. Phone-only fields are ignored for other kinds.
 */
public record OfficialEntryDraft(OfficialKind kind, String value, String label, String staffName, String region,
        String hours, List<String> languages, String purpose) {
}
