package io.switchboard.admin.web;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Short English texts the pipeline stores (why an announcement copy failed, why a platform did not
 * take a moderation action), worded in the reader's language by pattern at render time; the API
 * shows them as stored. Each rule matches a whole stored text and names the message that words it;
 * its groups become the message's arguments, each worded by its {@link Part}.
 */
public final class PatternWording {

    /** What a group of a rule's pattern holds, and so how it is worded. */
    public enum Part {
        /** A channel key ({@code telegram}): the channel's name. */
        CHANNEL,
        /** A moderation action key ({@code mute}): the action's name on the moderation queue. */
        ACTION,
        /** Anything else: as it is (a number, a target the operator named). */
        AS_IS
    }

    /** A stored text's pattern and the message key that words it, with what each group holds. */
    public record Rule(Pattern pattern, String key, List<Part> parts) {

        public static Rule of(String regex, String key, Part... parts) {
            Rule rule = new Rule(Pattern.compile(regex, Pattern.DOTALL), key, List.of(parts));
            int groups = rule.pattern().matcher("").groupCount();
            if (groups != parts.length) {
                throw new IllegalArgumentException("rule " + key + " has " + groups + " groups and " + parts.length
                        + " parts");
            }
            return rule;
        }
    }

    private final List<Rule> rules;

    public PatternWording(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The first rule's wording that matches the whole text; empty when none does. */
    public Optional<String> word(String stored, MessageSource messages, Locale locale) {
        if (stored == null) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(stored);
            if (matcher.matches()) {
                Object[] arguments = new Object[rule.parts().size()];
                for (int group = 1; group <= arguments.length; group++) {
                    arguments[group - 1] = part(rule.parts().get(group - 1), matcher.group(group), messages, locale);
                }
                return Optional.of(messages.getMessage(rule.key(), arguments, locale));
            }
        }
        return Optional.empty();
    }

    private static String part(Part part, String value, MessageSource messages, Locale locale) {
        return switch (part) {
            case CHANNEL -> channel(value, messages, locale);
            case ACTION -> ModerationAction.ofKey(value)
                    .map(action -> messages.getMessage("console.moderation.action." + action.key(), null, value, locale))
                    .orElse(value);
            case AS_IS -> value;
        };
    }

    private static String channel(String key, MessageSource messages, Locale locale) {
        try {
            return messages.getMessage("console.channel." + Channel.fromKey(key).name(), null, key, locale);
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }
}
