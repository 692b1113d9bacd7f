package io.switchboard.router.reply;

import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.SlaBreach;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.router.decision.SmallTalk;
import io.switchboard.router.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Everything the bot says in its own words, in Chinese and English. The copy lives in
 * {@code replies-<lang>.properties} next to this class so it can be edited without touching code;
 * both files must hold the same keys, which is checked when the application starts.
 */
@Component
public class Replies {

    /**
     * Notices that point somewhere else (a private chat, a Direct Message, the topic) say it each in
     * the words of the channel they are posted on: the forum, for one, has no private messages.
     */
    private static final List<String> PER_CHANNEL = List.of("ticket-notice.public", "status.private-hint");

    /**
     * Channels whose private ticket notice says when to expect the first reply. A mail is read once and
     * answered days later if at all, so its acknowledgement sets the expectation; a chat shows the agent's
     * reply as it comes. Each has its notice as {@code ticket-notice.<channel>}.
     */
    private static final Set<Channel> NOTICE_WITH_RESPONSE_TIME = EnumSet.of(Channel.EMAIL);

    /** How a response time is worded, by unit; {@code .one} for a single one ("within 1 hour"). */
    private static final List<String> RESPONSE_TIME = List.of("response-time.minutes", "response-time.minutes.one",
            "response-time.hours", "response-time.hours.one", "response-time.days", "response-time.days.one");

    static final Set<String> KEYS = Stream.concat(Stream.of("welcome", "ticket-notice", "courtesy.greeting",
            "courtesy.thanks", "status.ticket", "status.updated", "status.reply", "status.none", "status.not-found",
            "status.help-center", "status.state.new", "status.state.open", "status.state.pending_user",
            "status.state.resolved", "status.state.closed", "escalation.first-response", "escalation.resolution",
            "guard.warning", "guard.warning.forum", "choice.solved", "choice.yes", "choice.no", "choice.offer",
            "choice.human", "choice.glad", "verify.usage", "verify.private", "verify.forwarded", "verify.sender", "verify.item",
            "verify.reported"), Stream.of(PER_CHANNEL.stream()
                    .flatMap(key -> Arrays.stream(Channel.values()).map(channel -> key + "." + channel.key())),
                    NOTICE_WITH_RESPONSE_TIME.stream().map(channel -> "ticket-notice." + channel.key()),
                    RESPONSE_TIME.stream()).flatMap(keys -> keys))
            .collect(Collectors.toUnmodifiableSet());

    /** Times in what the bot says: to the minute, in UTC, which members anywhere can read alike. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Map<Language, Properties> copy = new EnumMap<>(Language.class);

    public Replies() {
        for (Language language : Language.values()) {
            copy.put(language, load(language));
        }
    }

    public String welcome(Language language) {
        return text(language, "welcome");
    }

    public String ticketNotice(Language language, String ticketNumber) {
        return text(language, "ticket-notice").replace("{ticket}", ticketNumber);
    }

    /**
     * The ticket notice in a private conversation on {@code channel}: on a channel whose notice states the
     * expected response time (e-mail), "within 4 hours" from the ticket's first-response target.
     *
     * @param untilFirstResponse from now to the ticket's first-response due time
     */
    public String ticketNotice(Language language, Channel channel, String ticketNumber, Duration untilFirstResponse) {
        if (!NOTICE_WITH_RESPONSE_TIME.contains(channel)) {
            return ticketNotice(language, ticketNumber);
        }
        return text(language, "ticket-notice." + channel.key()).replace("{ticket}", ticketNumber)
                .replace("{within}", within(language, untilFirstResponse));
    }

    /**
     * "within 4 hours", rounded up to a whole unit so the promise is never shorter than the target:
     * minutes under an hour, hours under a day, else days (3 h 10 min is "within 4 hours", 24 h "within 1 day").
     */
    String within(Language language, Duration duration) {
        long minutes = Math.max(1, ceilDiv(duration.toSeconds(), 60));
        long hours = ceilDiv(minutes, 60);
        long days = ceilDiv(hours, 24);
        String unit = minutes < 60 ? "minutes" : hours < 24 ? "hours" : "days";
        long count = minutes < 60 ? minutes : hours < 24 ? hours : days;
        String key = "response-time." + unit + (count == 1 ? ".one" : "");
        return text(language, key).replace("{n}", String.valueOf(count));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /**
     * The ticket notice for a public conversation (an X mention, a page comment, a group, a forum
     * topic): short, nothing about the member's account, and where the ticket goes on from there on
     * that channel: a private chat with the bot, a Direct Message, a Messenger message, or the forum
     * topic itself, which shows the ticket's state (the forum has no private messages).
     */
    public String publicTicketNotice(Language language, Channel channel, String ticketNumber) {
        return text(language, "ticket-notice.public." + channel.key()).replace("{ticket}", ticketNumber);
    }

    /** The reply to a greeting or thanks; acknowledgements get none. */
    public String courtesy(Language language, SmallTalk kind) {
        return switch (kind) {
            case GREETING -> text(language, "courtesy.greeting");
            case THANKS -> text(language, "courtesy.thanks");
            case ACKNOWLEDGEMENT -> throw new IllegalArgumentException("acknowledgements are not answered");
        };
    }

    /** Under an answer that carries Yes / No buttons. */
    public String solvedQuestion(Language language) {
        return text(language, "choice.solved");
    }

    /** The labels of the buttons. */
    public String button(Language language, AnswerOutcome outcome) {
        return switch (outcome) {
            case YES -> text(language, "choice.yes");
            case NO -> text(language, "choice.no");
            case HUMAN -> text(language, "choice.human");
            case PICKED -> throw new IllegalArgumentException("a picked article's button is its title");
        };
    }

    /** Above the buttons of an offer: "Is it one of these?". */
    public String offer(Language language) {
        return text(language, "choice.offer");
    }

    /** After the member pressed Yes. */
    public String glad(Language language) {
        return text(language, "choice.glad");
    }

    /** "Ticket T-12: waiting for your reply". */
    public String ticketStatus(Language language, String ticketNumber, TicketStatus status) {
        return text(language, "status.ticket").replace("{ticket}", ticketNumber)
                .replace("{state}", text(language, "status.state." + status.name().toLowerCase(Locale.ROOT)));
    }

    public String ticketUpdated(Language language, Instant at) {
        return text(language, "status.updated").replace("{time}", TIME.format(at));
    }

    /** The support team's latest reply to the member, quoted; never who on the team wrote it. */
    public String ticketLastReply(Language language, String reply) {
        return text(language, "status.reply").replace("{reply}", reply);
    }

    /** The member has no ticket at all. */
    /** Where the member's requests filed in the help center are followed. */
    public String helpCenterRequests(Language language, String url) {
        return text(language, "status.help-center").replace("{url}", url);
    }

    public String noTickets(Language language) {
        return text(language, "status.none");
    }

    /** The member named a ticket that is not theirs, or none that exists: the same words for both. */
    public String ticketNotFound(Language language) {
        return text(language, "status.not-found");
    }

    /** Under a status answer in a public place, which carries no details: where the details are on that channel. */
    public String statusPrivateHint(Language language, Channel channel) {
        return text(language, "status.private-hint." + channel.key());
    }

    /** The staff chat's notice of a missed target. */
    public String escalation(Language language, SlaBreach breach) {
        String key = breach.target() == SlaBreach.Target.FIRST_RESPONSE ? "escalation.first-response"
                : "escalation.resolution";
        String details = breach.ticket().getPriority() + (breach.ticket().isForVip() ? ", VIP" : "") + ", "
                + breach.ticket().getCategory();
        return text(language, key).replace("{ticket}", breach.ticket().getNumber()).replace("{details}", details)
                .replace("{due}", TIME.format(breach.due())).replace("{staff}", breach.escalatedTo());
    }

    /** How to use {@code /verify}, for the command with nothing to check. */
    public String verifyUsage(Language language) {
        return text(language, "verify.usage");
    }

    /** The answer to {@code /verify} in a group: ask in a private chat. */
    public String verifyPrivately(Language language) {
        return text(language, "verify.private");
    }

    /** Above the verdicts on a forwarded message. */
    public String verifyForwarded(Language language) {
        return text(language, "verify.forwarded");
    }

    /** After the verdicts on a forwarded message: what was not official went to the moderators. */
    public String verifyReported(Language language) {
        return text(language, "verify.reported");
    }

    /** How a forwarded message's sender is named in the list of what was checked. */
    public String verifySender(Language language, String name) {
        return text(language, "verify.sender").replace("{name}", name);
    }

    /** One line of the list of what was checked: "2. https://novaex-verify.com: NOT official". */
    public String verifyItem(Language language, int n, String what, String headline) {
        return text(language, "verify.item").replace("{n}", String.valueOf(n)).replace("{what}", what)
                .replace("{headline}", headline);
    }

    /**
     * Said in a group after the guard removed a scam message: staff never write first. On the forum,
     * which has no private messages, the warning is about being asked to go elsewhere.
     */
    public String guardWarning(Language language, Channel channel) {
        return text(language, channel == Channel.FORUM ? "guard.warning.forum" : "guard.warning");
    }

    private String text(Language language, String key) {
        return copy.get(language).getProperty(key);
    }

    private static Properties load(Language language) {
        String file = "replies-" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Replies.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reply copy " + file + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reply copy " + file, e);
        }
        for (String key : KEYS) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("reply copy " + file + " has no text for '" + key + "'");
            }
        }
        if (!properties.stringPropertyNames().equals(KEYS)) {
            throw new IllegalStateException("reply copy " + file + " has unknown keys: "
                    + properties.stringPropertyNames().stream().filter(k -> !KEYS.contains(k)).toList()
                    + " (known: " + KEYS + ")");
        }
        return properties;
    }
}
