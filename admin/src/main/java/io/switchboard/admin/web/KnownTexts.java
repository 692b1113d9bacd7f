package io.switchboard.admin.web;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Short English texts the pipeline stores (a delivery's reason, a guard finding, what the guard
 * did, why a platform did not take a moderation action), worded in the reader's language at render time: each known text is a pattern and the
 * message key that words it, its groups the message's arguments. The API shows the texts as stored.
 * What no pattern knows (a platform's own error, a manager's own explanation) is shown as stored.
 */
public final class KnownTexts {

    /** How a group becomes a message argument. */
    @FunctionalInterface
    public interface Argument {

        /** As stored: names, links, what a member wrote. */
        Argument AS_IS = (group, texts, messages, locale) -> group;
        /** A channel's key ({@code telegram}) by the channel's name. */
        Argument CHANNEL = (group, texts, messages, locale) -> channel(group, messages, locale);
        /** A known text inside a known text, worded the same way. */
        Argument KNOWN = (group, texts, messages, locale) -> texts.word(group, messages, locale);
        /** An ISO duration ({@code PT10M}) as a number of minutes. */
        Argument MINUTES = (group, texts, messages, locale) -> minutes(group);
        /** A moderation action's key ({@code mute}) by the action's name on the moderation queue. */
        Argument ACTION = (group, texts, messages, locale) -> ModerationAction.ofKey(group)
                .map(action -> messages.getMessage("console.moderation.action." + action.key(), null, group, locale))
                .orElse(group);

        /** A code by the message {@code prefix + code}, or as stored when there is none. */
        static Argument keyed(String prefix) {
            return (group, texts, messages, locale) -> messages.getMessage(prefix + group, null, group, locale);
        }

        Object word(String group, KnownTexts texts, MessageSource messages, Locale locale);
    }

    /** A stored text's pattern (matched whole), its message key, and how each group is worded (as is by default). */
    public record Known(Pattern pattern, String key, List<Argument> arguments) {

        public static Known of(String regex, String key, Argument... arguments) {
            return new Known(Pattern.compile(regex, Pattern.DOTALL), key, List.of(arguments));
        }
    }

    private final List<Known> known;

    /** @param known tried in order: put a text before a shorter one that would also match it */
    public KnownTexts(Known... known) {
        this.known = List.of(known);
    }

    /** The text in the reader's language, or as stored when no pattern knows it. */
    public String word(String stored, MessageSource messages, Locale locale) {
        return find(stored, messages, locale).orElse(stored);
    }

    /** The text in the reader's language; empty when no pattern knows it (or there is none). */
    public Optional<String> find(String stored, MessageSource messages, Locale locale) {
        if (stored == null) {
            return Optional.empty();
        }
        for (Known text : known) {
            Matcher matcher = text.pattern().matcher(stored);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int group = 1; group <= arguments.length; group++) {
                    String value = matcher.group(group) == null ? "" : matcher.group(group);
                    Argument argument = group <= text.arguments().size() ? text.arguments().get(group - 1) : Argument.AS_IS;
                    arguments[group - 1] = argument.word(value, this, messages, locale);
                }
                return Optional.of(messages.getMessage(text.key(), arguments, locale));
            }
        }
        return Optional.empty();
    }

    /**
     * A list of known texts stored joined by a separator, each worded, joined again the same way.
     * {@code between} matches the separator only where a next text starts, so that a platform's
     * message holding the separator itself stays whole.
     */
    public String wordEach(String stored, Pattern between, String joiner, MessageSource messages, Locale locale) {
        return Arrays.stream(between.split(stored)).map(part -> word(part, messages, locale))
                .collect(Collectors.joining(joiner));
    }

    public static String channel(String key, MessageSource messages, Locale locale) {
        try {
            return messages.getMessage("console.channel." + Channel.fromKey(key).name(), null, key, locale);
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }

    private static String minutes(String duration) {
        try {
            return String.valueOf(Duration.parse(duration).toMinutes());
        } catch (DateTimeParseException notIso) {
            return duration;
        }
    }
}
