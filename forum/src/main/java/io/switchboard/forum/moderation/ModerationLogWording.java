package io.switchboard.forum.moderation;

import io.switchboard.core.audit.NamedValues;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.moderation.Moderation.AuditView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The forum's moderation log in the reader's language. Its lines store codes ({@code post-hide}) and
 * states as "name=value" lists ({@code status=VISIBLE}, {@code board=news, locked=true, pinned=false},
 * {@code silencedUntil=..., bannedUntil=null}), which the JSON API returns as they are; the page shows
 * the action by name and each state as "label: value" pairs, statuses and yes/no translated and
 * moments in UTC (labelled), like the forum's moderation forms. A state that is no such list (a
 * flag's {@code open}) is worded by itself where the forum has a word for it, else shown as stored.
 */
@Component
@ConditionalOnForum
class ModerationLogWording {

    /** A line as the page shows it. */
    record Row(String at, String actor, String action, String target, String reason, String before, String after) {
    }

    private static final DateTimeFormatter UTC_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    ModerationLogWording(MessageSource messages) {
        this.messages = messages;
    }

    Row row(AuditView line, Locale locale) {
        return new Row(UTC_MINUTE.format(line.at()), line.actor(),
                text("mod.log." + line.action(), line.action(), locale), target(line.target(), locale),
                line.reason(), state(line.before(), locale), state(line.after(), locale));
    }

    /** {@code post:12} as "Post 12", {@code account:alice} as "Member alice". */
    private String target(String target, Locale locale) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target;
        }
        String type = target.substring(0, colon);
        return text("mod.targetType." + type, type, locale) + " " + target.substring(colon + 1);
    }

    private String state(String stored, Locale locale) {
        if (stored == null) {
            return "—";
        }
        return NamedValues.parse(stored)
                .map(pairs -> pairs(pairs, locale))
                .orElseGet(() -> text("mod.value." + stored, stored, locale));
    }

    private String pairs(Map<String, String> pairs, Locale locale) {
        return pairs.entrySet().stream()
                .map(pair -> text("mod.field." + pair.getKey(), pair.getKey(), locale) + text("mod.field.separator", ": ",
                        locale) + value(pair.getValue(), locale))
                .collect(Collectors.joining("; "));
    }

    private String value(String raw, Locale locale) {
        if (raw.equals("null")) {
            return "—";
        }
        try {
            return UTC_MINUTE.format(Instant.parse(raw));
        } catch (DateTimeParseException notAMoment) {
            return text("mod.value." + raw, raw, locale);
        }
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
