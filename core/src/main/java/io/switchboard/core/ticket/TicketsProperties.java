package io.switchboard.core.ticket;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.switchboard.core.channel.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ticket queue and its rules ({@code switchboard.tickets.*}). In core because both the router
 * (escalation) and the admin API (staff) open and assign tickets.
 *
 * @param queueUri a Camel endpoint URI each new ticket is published to as a small JSON event; the
 *     default is in-process, the {@code cluster} profile points it at RabbitMQ
 * @param responseTimeout how long an assigned agent has to reply or change the ticket's status
 *     before it goes to someone else
 * @param checkInterval how often the router looks for tickets whose agent did not respond, and
 *     hands queued tickets to agents who became free
 * @param vipPlatformIds members who are VIPs whatever their flag says, as {@code channel:platform-id}
 *     ({@code telegram:12345})
 * @param vipPriority the lowest priority a VIP's ticket has
 * @param firstResponse how soon staff must first respond, by priority
 * @param resolution how soon a ticket must be resolved, by priority
 * @param vipTargetFactor VIPs' targets are the priority's times this (0.5: half as long)
 * @param slaManager who a breach is escalated to: a staff user name, or empty for every admin
 * @param escalationChatId a Telegram chat of the staff (a group's numeric id) that is told of each
 *     breach; empty for none
 * @param escalationLanguage the language of that message, {@code en} or {@code zh}
 */
@Validated
@ConfigurationProperties("switchboard.tickets")
public record TicketsProperties(
        @NotBlank @DefaultValue("seda:tickets") String queueUri,
        @NotNull @DefaultValue("15m") Duration responseTimeout,
        @NotNull @DefaultValue("30s") Duration checkInterval,
        @NotNull @DefaultValue List<String> vipPlatformIds,
        @NotNull @DefaultValue("HIGH") TicketPriority vipPriority,
        Targets firstResponse,
        Targets resolution,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @DefaultValue("0.5") double vipTargetFactor,
        @DefaultValue("") String slaManager,
        @DefaultValue("") String escalationChatId,
        @DefaultValue("en") String escalationLanguage) {

    private static final Targets FIRST_RESPONSE_DEFAULTS = new Targets(Duration.ofHours(24), Duration.ofHours(4),
            Duration.ofHours(1), Duration.ofMinutes(15));
    private static final Targets RESOLUTION_DEFAULTS = new Targets(Duration.ofDays(7), Duration.ofHours(72),
            Duration.ofHours(24), Duration.ofHours(4));

    /**
     * A target time per priority ({@code switchboard.tickets.first-response.urgent=15m}); a priority
     * left out keeps its default. (Defaults are filled in here rather than by {@code @DefaultValue}:
     * the binder cannot build a nested record from an annotation's strings.)
     */
    public record Targets(Duration low, Duration normal, Duration high, Duration urgent) {

        Targets orElse(Targets defaults) {
            return new Targets(low == null ? defaults.low : low, normal == null ? defaults.normal : normal,
                    high == null ? defaults.high : high, urgent == null ? defaults.urgent : urgent);
        }

        Targets requirePositive(String property) {
            for (TicketPriority priority : TicketPriority.values()) {
                Duration target = of(priority);
                if (target.isNegative() || target.isZero()) {
                    throw new IllegalArgumentException("switchboard.tickets." + property + "."
                            + priority.name().toLowerCase(Locale.ROOT) + " must be positive, was " + target);
                }
            }
            return this;
        }

        public Duration of(TicketPriority priority) {
            return switch (priority) {
                case LOW -> low;
                case NORMAL -> normal;
                case HIGH -> high;
                case URGENT -> urgent;
            };
        }
    }

    /** The target for a ticket of {@code priority}, tightened by the VIP factor for a VIP's. */
    public Duration target(Targets targets, TicketPriority priority, boolean vip) {
        Duration target = targets.of(priority);
        return vip ? Duration.ofMillis(Math.round(target.toMillis() * vipTargetFactor)) : target;
    }

    public TicketsProperties {
        if (responseTimeout != null && (responseTimeout.isNegative() || responseTimeout.isZero())) {
            throw new IllegalArgumentException(
                    "switchboard.tickets.response-timeout must be positive, was " + responseTimeout);
        }
        if (checkInterval != null && (checkInterval.isNegative() || checkInterval.isZero())) {
            throw new IllegalArgumentException(
                    "switchboard.tickets.check-interval must be positive, was " + checkInterval);
        }
        firstResponse = (firstResponse == null ? FIRST_RESPONSE_DEFAULTS : firstResponse.orElse(FIRST_RESPONSE_DEFAULTS))
                .requirePositive("first-response");
        resolution = (resolution == null ? RESOLUTION_DEFAULTS : resolution.orElse(RESOLUTION_DEFAULTS))
                .requirePositive("resolution");
        escalationChatId = escalationChatId == null ? "" : escalationChatId.strip();
        if (!escalationChatId.isEmpty() && !escalationChatId.matches("-?\\d{1,20}")) {
            throw new IllegalArgumentException("switchboard.tickets.escalation-chat-id must be a Telegram chat id"
                    + " (a number such as -1001234567890), was '" + escalationChatId + "'");
        }
        escalationLanguage = escalationLanguage == null ? "en" : escalationLanguage.strip().toLowerCase(Locale.ROOT);
        if (!escalationLanguage.equals("en") && !escalationLanguage.equals("zh")) {
            throw new IllegalArgumentException("switchboard.tickets.escalation-language must be en or zh, was '"
                    + escalationLanguage + "'");
        }
        vipPlatformIds = vipPlatformIds == null ? List.of()
                : vipPlatformIds.stream().map(TicketsProperties::vipPlatformId).toList();
    }

    /** True when breaches are also sent to a staff chat on Telegram. */
    public boolean notifiesEscalationChat() {
        return !escalationChatId.isEmpty();
    }

    /** True when {@code switchboard.tickets.vip-platform-ids} lists the member. */
    public boolean listsAsVip(Channel channel, String platformId) {
        return vipPlatformIds.contains(channel.key() + ":" + platformId);
    }

    private static String vipPlatformId(String entry) {
        int colon = entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new IllegalArgumentException("switchboard.tickets.vip-platform-ids: '" + entry
                    + "' is not channel:platform-id, e.g. telegram:12345");
        }
        try {
            return Channel.fromKey(entry.substring(0, colon).strip()).key() + ":" + entry.substring(colon + 1).strip();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("switchboard.tickets.vip-platform-ids: " + e.getMessage(), e);
        }
    }

    /**
     * True for endpoints inside this JVM: nobody else can read them, so Switchboard consumes them
     * itself (and logs each ticket) rather than let them fill up.
     */
    public boolean inProcess() {
        String scheme = queueUri.substring(0, Math.max(0, queueUri.indexOf(':'))).toLowerCase(Locale.ROOT);
        return scheme.equals("seda") || scheme.equals("direct") || scheme.equals("vm");
    }
}
