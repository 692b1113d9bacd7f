package io.switchboard.flow;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.DeliveryState;
import io.switchboard.core.announcement.DeliveryStep;
import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallOutcome;
import io.switchboard.core.callback.CallTime;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.Severity;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.moderation.ModerationStep;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.SlaBreach;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.forum.moderation.Flag;
import io.switchboard.forum.moderation.FlagReason;
import io.switchboard.forum.moderation.Moderation;
import io.switchboard.forum.topic.PostStatus;
import io.switchboard.router.decision.EscalationReason;
import io.switchboard.verify.check.ReasonCode;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.report.SuspectStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person must never see on a page of the forum or the console: a server error, Spring's bare
 * Whitelabel page, a message key Thymeleaf could not resolve ({@code ??ticket.status.NEW_zh??}), the
 * name of one of the application's enum constants where a translated word belongs
 * ({@code ESCALATED}, {@code NORMAL -> HIGH}), known machine English on a Chinese page ({@code system},
 * "reason: human-requested", "message removed"; see {@link #MACHINE_WORDS}), or a page in the other language.
 */
final class PageCheck {

    /**
     * The enums whose values reach pages (statuses, priorities, categories, channels, roles, actions,
     * outcomes, reasons). A new one that reaches a page belongs here.
     */
    static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(AccountRole.class, Channel.class,
            ThreadStatus.class, TicketStatus.class, TicketPriority.class, TicketCategory.class, SlaBreach.Target.class,
            EscalationReason.class, OutboxStatus.class, DeliveryException.Kind.class, InboundKind.class, AnnouncementCategory.class,
            DeliveryState.class, DeliveryStep.class, GuardAction.class, GuardOutcome.class, GuardSubject.class,
            Severity.class, ModerationAction.class, ModerationItem.Kind.class, ModerationItem.Status.class,
            ModerationStep.Outcome.class, Flagger.Source.class, PostStatus.class, FlagReason.class, Flag.Status.class,
            Moderation.PostAction.class, Moderation.TopicAction.class, Moderation.MemberAction.class,
            // verification and call-backs (the official-channel kinds hold X, which "X (Twitter)" shows as a word)
            Verdict.class, ReasonCode.class, SuspectStatus.class, CallBackReason.class, CallTime.class,
            CallOutcome.class);

    /** An upper-case word standing alone: not part of a ticket number ("T-12") or of a longer word. */
    private static final Pattern UPPER_CASE_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\p{N}_-])");
    /**
     * What the pipeline stores as codes or short English texts and the console words for the reader
     * (history actors, ticket reasons, the guard's findings and what it did, connector times). On a
     * Chinese page these are a leak. Matched narrowly, so that names, links and what members wrote
     * in English never count: a word only as the whole text of an element, a phrase only at the
     * start of one. It does not find English in general, only these known leaks.
     */
    static final Set<String> MACHINE_WORDS = Set.of("system", "bot", "member", "nobody", "never", "scam-guard");
    static final List<String> MACHINE_STARTS = List.of("reason: ", "suggestions: ", "opened by hand", "VIP member",
            "answer accepted in forum topic", "message removed", "member muted for", "member banned", "not message ",
            "not member ", "undone by ", "the display name '", "the username '", "the link to ", "a shortened link (",
            "refers people to @", "asks for a seed phrase", "offers support in private messages",
            "promises to send back more crypto", "asks to connect or authorise a wallet", "matches the pattern ");
    private static final String CHINESE = "zh";
    private static final Pattern TEXT_PARTS = Pattern.compile(" \\| ");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final String WHITELABEL = "Whitelabel Error Page";
    private static final int CONTEXT = 40;
    private static final int VALUES_SHOWN = 3;

    private final Set<String> enumValues = SHOWN_ENUMS.stream()
            .flatMap(type -> Arrays.stream(type.getEnumConstants()))
            .map(Enum::name)
            // one letter is no word a reader would take for a raw value
            .filter(name -> name.length() > 1)
            .collect(Collectors.toSet());

    /**
     * @param linked whether the page was reached by a link of another page (a 404 is then a broken
     *     link), rather than opened on purpose
     */
    List<Problem> problems(Page page, String language, boolean linked) {
        List<Problem> problems = new ArrayList<>();
        boolean whitelabel = page.text().contains(WHITELABEL);
        String bare = whitelabel ? " (Spring's bare Whitelabel error page)" : "";
        if (page.status() == 0) {
            problems.add(new Problem("the browser got no HTTP status for the page", ""));
        } else if (page.status() >= 500 || whitelabel) {
            problems.add(new Problem("HTTP " + page.status() + bare, ""));
        } else if (linked && page.status() == 404) {
            problems.add(new Problem("a link leads to a missing page (404)", ""));
        }
        List<String> keys = distinct(MESSAGE_KEY.matcher(page.text()));
        if (!keys.isEmpty()) {
            problems.add(new Problem("unresolved message keys " + String.join(", ", keys), ""));
        }
        Map<String, String> raw = rawEnumValues(page.text());
        if (!raw.isEmpty()) {
            problems.add(new Problem("raw enum values " + String.join(", ", raw.keySet().stream().sorted().toList()),
                    raw.entrySet().stream().limit(VALUES_SHOWN)
                            .map(value -> value.getKey() + " in \"" + value.getValue() + "\"")
                            .collect(Collectors.joining(", "))));
        }
        if (language.equals(CHINESE)) {
            List<String> leaked = machineEnglish(page.text());
            if (!leaked.isEmpty()) {
                problems.add(new Problem("machine English on a Chinese page", String.join(", ", leaked)));
            }
        }
        if (!whitelabel && page.status() < 400 && !language.equals(page.language())) {
            problems.add(new Problem("the page is in '" + page.language() + "', not in '" + language + "'", ""));
        }
        return problems;
    }

    /** Each raw value with the text around its first appearance, which says where it is. */
    private Map<String, String> rawEnumValues(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher word = UPPER_CASE_WORD.matcher(text);
        while (word.find()) {
            if (enumValues.contains(word.group()) && !found.containsKey(word.group())) {
                String around = text.substring(Math.max(0, word.start() - CONTEXT), Math.min(text.length(), word.end() + CONTEXT));
                found.put(word.group(), around.replaceAll("\\s+", " ").strip());
            }
        }
        return found;
    }

    /** Each text of an element that is one of {@link #MACHINE_WORDS} or starts with one of {@link #MACHINE_STARTS}. */
    static List<String> machineEnglish(String text) {
        return TEXT_PARTS.splitAsStream(text).map(String::strip)
                .filter(part -> MACHINE_WORDS.contains(part) || MACHINE_STARTS.stream().anyMatch(part::startsWith))
                .map(part -> "\"" + (part.length() > CONTEXT ? part.substring(0, CONTEXT) + "…" : part) + "\"")
                .distinct().limit(VALUES_SHOWN).toList();
    }

    private static List<String> distinct(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            if (!found.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    /**
     * What is wrong, the same in every language, and where on the page it shows.
     *
     * @param where the text around it; empty when the whole page is wrong
     */
    record Problem(String what, String where) {
    }

    /**
     * A page as the browser shows it.
     *
     * @param status the HTTP status of the document (0 when the browser gave none)
     * @param language the page's {@code lang}
     * @param text what a reader sees: the title, the rendered text, labels of buttons and options,
     *     placeholders (as written in the page, before CSS changes its case)
     * @param links where the page's links lead, absolute
     */
    record Page(int status, String language, String text, List<String> links) {
    }
}
