package io.switchboard.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.AdminProperties;
import io.switchboard.admin.web.ConsoleTimes;
import io.switchboard.core.audit.NamedValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log in the reader's language. Lines store codes ({@code ticket.assign}) and states as
 * compact JSON ({@code {"assignee":null}}), which the API returns as they are; the console shows the
 * action and target type by name and each state as "label: value" pairs, labels and known values
 * (statuses, roles, yes/no) translated and moments in the console's zone. The forum stores its states as
 * "name=value" lists ({@link NamedValues}); a state that is neither is a short text, shown as stored.
 */
@Component
class AuditWording {

    /** A line as the page shows it; {@code action} keeps the stored code, for the filter. */
    record Row(Instant at, String actor, String action, String actionName, String target, String reason,
            String before, String after) {
    }

    /** Values worded by the field they are in: the enum message keys the console already has. */
    private static final Map<String, List<String>> VALUE_KEYS = Map.of(
            "status", List.of("console.ticket.status.", "console.moderation.status.", "console.reported.status.",
                    "console.audit.value."),
            "kind", List.of("console.official.kind."),
            "priority", List.of("console.ticket.priority."),
            "category", List.of("console.ticket.category.", "console.announcements.category."),
            "skills", List.of("console.ticket.category."),
            "role", List.of("console.staff.role."),
            "channel", List.of("console.channel."),
            "channels", List.of("console.channel."),
            "outcome", List.of("console.moderation.outcome.", "console.audit.value."));

    /** A moment as the states store it (Instant's ISO text): shown as every console time, with its zone. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private final MessageSource messages;
    private final ObjectMapper json;
    private final ConsoleTimes times;

    AuditWording(MessageSource messages, ObjectMapper json, AdminProperties properties) {
        this.messages = messages;
        this.json = json;
        this.times = new ConsoleTimes(properties.consoleZone());
    }

    Row row(AuditController.AuditLine line, Locale locale) {
        return new Row(line.at(), line.actor(), line.action(),
                text("console.audit.action." + line.action(), line.action(), locale),
                text("console.audit.targetType." + line.targetType(), line.targetType(), locale) + " " + line.targetId(),
                line.reason(), state(line.before(), locale), state(line.after(), locale));
    }

    private String state(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        Optional<Map<String, String>> namedValues = NamedValues.parse(stored);
        if (namedValues.isPresent()) {
            return namedValues.get().entrySet().stream()
                    .map(pair -> pair(pair.getKey(), value(pair.getKey(), pair.getValue(), locale), locale))
                    .collect(Collectors.joining("; "));
        }
        JsonNode node;
        try {
            node = json.readTree(stored);
        } catch (JsonProcessingException shortText) {
            return text("console.audit.value." + stored, stored, locale);
        }
        return node != null && node.isObject() ? fields(node, locale) : stored;
    }

    private String fields(JsonNode object, Locale locale) {
        List<String> pairs = new ArrayList<>();
        object.fields().forEachRemaining(field -> pairs.add(
                pair(field.getKey(), value(field.getKey(), field.getValue(), locale), locale)));
        return String.join("; ", pairs);
    }

    private String value(String field, JsonNode value, Locale locale) {
        if (value.isNull() || value.isArray() && value.isEmpty()) {
            return "—";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(item -> value(field, item, locale))
                    .collect(Collectors.joining(", "));
        }
        if (value.isObject()) {
            return "(" + fields(value, locale) + ")";
        }
        return value(field, value.asText(), locale);
    }

    private String value(String field, String raw, Locale locale) {
        if (raw.equals("true") || raw.equals("false")) {
            return text(raw.equals("true") ? "console.audit.yes" : "console.audit.no", raw, locale);
        }
        if (raw.equals("null")) {
            return "—";
        }
        if (INSTANT.matcher(raw).matches()) {
            return times.second(Instant.parse(raw));
        }
        return VALUE_KEYS.getOrDefault(field, List.of()).stream()
                .flatMap(prefix -> Stream.of(prefix + raw, prefix + raw.toUpperCase(Locale.ROOT),
                        prefix + raw.toLowerCase(Locale.ROOT)))
                .map(key -> messages.getMessage(key, null, null, locale))
                .filter(Objects::nonNull)
                .findFirst().orElse(raw);
    }

    /** "Assignee: dana", "处理人：dana". */
    private String pair(String field, String value, Locale locale) {
        return messages.getMessage("console.audit.pair",
                new Object[] {text("console.audit.field." + field, field, locale), value}, locale);
    }

    private String text(String key, String stored, Locale locale) {
        return messages.getMessage(key, null, stored, locale);
    }
}
