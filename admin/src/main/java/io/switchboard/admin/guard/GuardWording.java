package io.switchboard.admin.guard;

import static io.switchboard.admin.web.KnownTexts.Argument.AS_IS;
import static io.switchboard.admin.web.KnownTexts.Argument.CHANNEL;
import static io.switchboard.admin.web.KnownTexts.Argument.KNOWN;
import static io.switchboard.admin.web.KnownTexts.Argument.MINUTES;

import io.switchboard.admin.web.KnownTexts;
import io.switchboard.admin.web.KnownTexts.Argument;
import io.switchboard.admin.web.KnownTexts.Known;
import io.switchboard.core.guard.GuardDecisionNotFoundException;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.guard.InvalidGuardRulesException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A guard decision in the reader's language. The decision stores the rule's code
 * ({@code link.lookalike}), its findings as {@code rule (severity): explanation} lines and what was
 * done as short English texts ("message removed; member muted for PT10M"), which the API shows as
 * stored; the console words them here. What a member wrote, names and links stay as they are, and
 * so do a platform's own error and a manager's own explanation of a pattern.
 */
@Component
class GuardWording {

    /** The decision's rule, findings and detail as the page shows them. */
    record Worded(String rule, List<String> findings, String detail) {
    }

    private static final String CUSTOM = "custom.";
    private static final Pattern FINDING = Pattern.compile("(\\S+) \\((\\w+)\\): (.*)", Pattern.DOTALL);
    /** Between what was done: "; " where the next part starts, never inside a platform's error. */
    private static final Pattern DETAIL_PARTS = Pattern.compile("; (?=message removed|member (?:muted|banned)|not "
            + "(?:message|member) |undone by |the deleted message )");
    /** Between what an undo did: ", " where the next part starts. */
    private static final Pattern UNDONE_PARTS = Pattern.compile(", (?=member un|message shown again|the deleted message )");
    private static final Argument UNDONE_LIST = (group, texts, messages, locale) ->
            texts.wordEach(group, UNDONE_PARTS, joiner("console.guard.join.list", messages, locale), messages, locale);
    private static final String NAME = "the (display name|username) '(.*)' ";

    private static final KnownTexts TEXTS = new KnownTexts(
            Known.of("display name", "console.guard.text.displayName"),
            Known.of("username", "console.guard.text.username"),
            Known.of(NAME + "imitates staff member (.+) with a staff title", "console.guard.text.staffTitled", KNOWN),
            Known.of(NAME + "imitates staff member (.+) with the brand", "console.guard.text.staffBrand", KNOWN),
            Known.of(NAME + "imitates (.+) with a staff title", "console.guard.text.brandTitled", KNOWN),
            Known.of(NAME + "imitates (.+)", "console.guard.text.brand", KNOWN),
            Known.of(NAME + "is the name of staff member (.+)", "console.guard.text.staffName", KNOWN),
            Known.of(NAME + "is nothing but a staff title", "console.guard.text.onlyTitle", KNOWN),
            Known.of("a shortened link \\((.+)\\) hides where it leads", "console.guard.text.shortener"),
            Known.of("the link to (.+) imitates (.+) but is not one of the exchange's domains",
                    "console.guard.text.lookalike"),
            Known.of("the link to (.+) uses letters of another script \\((.+)\\)", "console.guard.text.punycode"),
            Known.of("refers people to @(\\S+), an account that is not official: (.+)",
                    "console.guard.text.fakeAccount", AS_IS, KNOWN),
            Known.of("refers people to @(\\S+), named like the brand but not one of the official accounts",
                    "console.guard.text.brandAccount"),
            Known.of("asks for a seed phrase or private key: \"(.*)\"", "console.guard.text.secretRequest"),
            Known.of("offers support in private messages: \"(.*)\"", "console.guard.text.privateSupport"),
            Known.of("promises to send back more crypto than is sent: \"(.*)\"", "console.guard.text.giveaway"),
            Known.of("asks to connect or authorise a wallet for a reward or a fix: \"(.*)\"",
                    "console.guard.text.walletLure"),
            Known.of("matches the pattern (.+)", "console.guard.text.pattern"),
            Known.of("message removed", "console.guard.text.removed"),
            Known.of("member muted for (\\S+)", "console.guard.text.muted", MINUTES),
            Known.of("member banned", "console.guard.text.banned"),
            Known.of("not (message removed|member muted for \\S+|member banned): (.*)", "console.guard.text.notDone",
                    KNOWN, KNOWN),
            Known.of("the (\\w+) connector is off", "console.guard.text.connectorOff", CHANNEL),
            Known.of("(\\w+) offers no (\\w+) for messages of (.+)", "console.guard.text.notOffered", CHANNEL,
                    Argument.keyed("console.moderation.action.")),
            Known.of("undone by (\\S+): (.+)", "console.guard.text.undoneByWith", AS_IS, UNDONE_LIST),
            Known.of("undone by (\\S+)", "console.guard.text.undoneBy"),
            Known.of("member unmuted", "console.guard.text.unmuted"),
            Known.of("member unbanned", "console.guard.text.unbanned"),
            Known.of("message shown again", "console.guard.text.shownAgain"),
            Known.of("the deleted message cannot be restored on (\\w+)", "console.guard.text.cannotRestore", CHANNEL));

    private final MessageSource messages;

    GuardWording(MessageSource messages) {
        this.messages = messages;
    }

    Worded worded(GuardDecisionView decision, Locale locale) {
        return new Worded(rule(decision.rule(), locale),
                decision.findings().stream().map(finding -> finding(finding, locale)).toList(),
                decision.detail() == null ? null : detail(decision.detail(), locale));
    }

    /** A built-in rule by name; a manager's pattern by its key, which the manager chose. */
    private String rule(String code, Locale locale) {
        if (code.startsWith(CUSTOM)) {
            return messages.getMessage("console.guard.rule.custom", new Object[] {code.substring(CUSTOM.length())},
                    locale);
        }
        return messages.getMessage("console.guard.rule." + code, null, code, locale);
    }

    private String finding(String line, Locale locale) {
        Matcher finding = FINDING.matcher(line);
        if (!finding.matches()) {
            return line;
        }
        String severity = finding.group(2);
        return messages.getMessage("console.guard.finding", new Object[] {rule(finding.group(1), locale),
                messages.getMessage("console.guard.severity." + severity, null, severity, locale),
                TEXTS.word(finding.group(3), messages, locale)}, locale);
    }

    private String detail(String stored, Locale locale) {
        return TEXTS.wordEach(stored, DETAIL_PARTS, joiner("console.guard.join.steps", messages, locale), messages,
                locale);
    }

    /** The language's separator ("; " or "；"), kept as a message "{0}; {1}" so no file trims its spaces. */
    private static String joiner(String key, MessageSource messages, Locale locale) {
        return messages.getMessage(key, new Object[] {"", ""}, locale);
    }

    /** Why rules were not saved, by the reason core gave; what the manager wrote stays as written. */
    String refusal(InvalidGuardRulesException refused, Locale locale) {
        return messages.getMessage("console.guard.refused",
                new Object[] {messages.getMessage("console.guard.refusal." + refused.reason().name(),
                        refused.arguments().toArray(), locale)}, locale);
    }

    /** Why a decision was not undone, by the reason core gave; a platform's own error stays as it said it. */
    String notUndone(GuardUndoException refused, Locale locale) {
        List<String> arguments = refused.arguments();
        Object[] worded = refused.reason() == GuardUndoException.Reason.PLATFORM
                ? new Object[] {KnownTexts.channel(arguments.get(0), messages, locale), arguments.get(1)}
                : arguments.toArray();
        return notUndone(messages.getMessage("console.guard.notUndone." + refused.reason().name(), worded, locale),
                locale);
    }

    String notUndone(GuardDecisionNotFoundException missing, Locale locale) {
        return notUndone(messages.getMessage("console.guard.notFound", new Object[] {String.valueOf(missing.decisionId())}, locale),
                locale);
    }

    private String notUndone(String why, Locale locale) {
        return messages.getMessage("console.guard.notUndone", new Object[] {why}, locale);
    }
}
