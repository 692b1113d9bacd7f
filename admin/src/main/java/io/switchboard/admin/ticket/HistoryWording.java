package io.switchboard.admin.ticket;

import io.switchboard.admin.AdminProperties;
import io.switchboard.admin.outbox.UndeliveredWording;
import io.switchboard.admin.ticket.TicketDetail.HistoryEntry;
import io.switchboard.admin.web.ConsoleTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ticket's history in the reader's language. The history stores codes and short machine texts
 * ("system", "NORMAL -> HIGH", "reason: human-requested; suggestions: ..."), which the API shows as
 * they are; the console words them here at render time. What this does not recognise (a member's or
 * an agent's text, a line written by an older version) is shown as stored.
 */
@Component
class HistoryWording {

    /** A history line as the page shows it. */
    record Line(Instant at, String who, String what, String change) {
    }

    private static final Pattern BEFORE_AFTER = Pattern.compile("(\\S+) -> (\\S+)");
    private static final Pattern ASSIGNED = Pattern.compile("(\\S+) -> (\\S+)(?: \\((.+)\\))?");
    private static final Pattern WENT_OFFLINE = Pattern.compile("(\\S+) went offline");
    /** A "name: value" part of a history line. */
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z ]*): (.*)", Pattern.DOTALL);
    private static final Pattern VIP_PRIORITY = Pattern.compile("VIP member; priority (\\S+) -> (\\S+)");
    private static final Pattern TIMEOUT = Pattern.compile(
            "(\\S+) did not respond within (\\S+)(; nobody else is free, \\S+ keeps it)?");
    private static final Pattern BREACH = Pattern.compile("(first response|resolution) was due (\\S+); escalated to (\\S+)");
    private static final Pattern CALL = Pattern.compile("(\\S+), (\\d+) min");
    private static final Pattern FORUM_ACCEPTED = Pattern.compile("answer accepted in forum topic (\\d+) \\(post (\\d+)\\)");
    private static final Pattern CHOICE = Pattern.compile("pressed (YES|NO|HUMAN|PICKED) under the (answer|offer) (.+) \\((\\S+)\\)");
    private static final String FORUM_ACTOR = "forum:";
    private static final String NOBODY = "nobody";

    private final MessageSource messages;
    private final ConsoleTimes times;

    HistoryWording(MessageSource messages, AdminProperties properties) {
        this.messages = messages;
        this.times = new ConsoleTimes(properties.consoleZone());
    }

    List<Line> lines(List<HistoryEntry> history, Locale locale) {
        Wording wording = new Wording(locale);
        return history.stream().map(entry -> new Line(entry.at(), wording.actor(entry.actor()),
                wording.orAsIs("console.ticket.action." + entry.action(), entry.action()),
                entry.detail() == null ? "" : wording.change(entry.action(), entry.detail()))).toList();
    }

    /** The texts of one page, in one language. */
    private final class Wording {

        private final Locale locale;

        Wording(Locale locale) {
            this.locale = locale;
        }

        String actor(String actor) {
            if (actor.startsWith(FORUM_ACTOR)) {
                return text("console.ticket.actor.forum", actor.substring(FORUM_ACTOR.length()));
            }
            return orAsIs("console.ticket.actor." + actor, actor);
        }

        String change(String action, String detail) {
            return switch (action) {
                case "status-changed" -> beforeAfter(detail, "console.ticket.status.");
                case "priority-changed" -> beforeAfter(detail, "console.ticket.priority.");
                case "category-changed" -> beforeAfter(detail, "console.ticket.category.");
                case "assigned" -> assigned(detail);
                case "created" -> created(detail);
                case "vip" -> vip(detail);
                case "response-timeout" -> matching(TIMEOUT, detail, m -> text(
                        m.group(3) == null ? "console.ticket.history.timeout" : "console.ticket.history.timeoutKept",
                        m.group(1), minutes(m.group(2))));
                case "sla-breach" -> matching(BREACH, detail, m -> text("console.ticket.history.breach",
                        text(m.group(1).equals("resolution") ? "console.ticket.resolution" : "console.ticket.firstResponse"),
                        due(m.group(2)), m.group(3)));
                case "reply-not-delivered" -> new UndeliveredWording(messages, locale).reason(detail);
                case "member-choice" -> matching(CHOICE, detail, m -> text("console.ticket.history.choice",
                        text("console.ticket.history.choice." + m.group(1)),
                        text("console.ticket.history.choice." + m.group(2)), m.group(3), m.group(4)));
                case "call-logged" -> matching(CALL, detail, m -> text("console.ticket.history.call",
                        orAsIs("console.call.outcome." + m.group(1), m.group(1)), m.group(2)));
                case "resolved" -> matching(FORUM_ACCEPTED, detail,
                        m -> text("console.ticket.history.forumAccepted", m.group(1), m.group(2)));
                default -> detail;
            };
        }

        private String beforeAfter(String detail, String prefix) {
            return matching(BEFORE_AFTER, detail, m -> arrow(orAsIs(prefix + m.group(1), m.group(1)),
                    orAsIs(prefix + m.group(2), m.group(2))));
        }

        private String assigned(String detail) {
            return matching(ASSIGNED, detail, m -> {
                String change = arrow(assignee(m.group(1)), assignee(m.group(2)));
                if (m.group(3) == null) {
                    return change;
                }
                Matcher offline = WENT_OFFLINE.matcher(m.group(3));
                String why = offline.matches() ? text("console.ticket.history.wentOffline", offline.group(1)) : m.group(3);
                return text("console.ticket.history.because", change, why);
            });
        }

        /**
         * "reason: X" in words, then each further "name: value" of the line with its name in words: the
         * engine's suggestions, and a filed request's form fields and the articles it was shown.
         */
        private String created(String detail) {
            if (detail.equals("opened by hand")) {
                return text("console.ticket.reason.opened-by-hand");
            }
            List<String> parts = new ArrayList<>();
            for (String segment : detail.split("; ")) {
                Matcher named = NAMED.matcher(segment);
                if (!named.matches()) {
                    parts.add(segment);
                } else if (named.group(1).equals("reason")) {
                    parts.add(orAsIs("console.ticket.reason." + named.group(2), named.group(2)));
                } else {
                    String name = named.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
                    parts.add(text("console.ticket.history.named",
                            orAsIs("console.ticket.history.named." + name, named.group(1)), named.group(2)));
                }
            }
            return String.join(text("console.ticket.history.separator"), parts);
        }

        private String vip(String detail) {
            if (detail.equals("VIP member")) {
                return text("console.ticket.history.vip");
            }
            return matching(VIP_PRIORITY, detail, m -> text("console.ticket.history.vipPriority",
                    arrow(orAsIs("console.ticket.priority." + m.group(1), m.group(1)),
                            orAsIs("console.ticket.priority." + m.group(2), m.group(2)))));
        }

        private String assignee(String name) {
            return name.equals(NOBODY) ? text("console.tickets.unassigned") : name;
        }

        private String minutes(String duration) {
            try {
                return String.valueOf(Duration.parse(duration).toMinutes());
            } catch (DateTimeParseException notIso) {
                return duration;
            }
        }

        private String due(String instant) {
            try {
                return times.minute(Instant.parse(instant));
            } catch (DateTimeParseException notIso) {
                return instant;
            }
        }

        private String arrow(String before, String after) {
            return before + " → " + after;
        }

        private String matching(Pattern pattern, String detail, Function<Matcher, String> wording) {
            Matcher matcher = pattern.matcher(detail);
            return matcher.matches() ? wording.apply(matcher) : detail;
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String orAsIs(String key, String stored) {
            return messages.getMessage(key, null, stored, locale);
        }
    }
}
