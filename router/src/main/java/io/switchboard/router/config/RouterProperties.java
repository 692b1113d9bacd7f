package io.switchboard.router.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the support pipeline ({@code switchboard.router.*}).
 *
 * @param threadQuietPeriod a member's message after this much silence in a conversation starts a
 *     new support thread
 * @param intakeWorkers threads deciding stored events, each holding one lane at a time; 0 means
 *     twice the processors
 * @param intakeBatchSize events of one lane decided in one transaction at most
 * @param intakePollInterval how often an idle worker looks for events no signal told it of: stored
 *     by another instance, or left RECEIVED by a crash (an event stored here wakes a worker at once)
 * @param outboxPollInterval how often the outbox is polled for due replies
 * @param outboxBatchSize due replies taken per poll, oldest first
 * @param backoffBase wait after the first failed try; doubled after each further one (how long
 *     failures are retried at all: {@link DeliveryProperties})
 * @param backoffMax the longest wait between tries
 * @param deliveryLease how long a reply claimed for sending is hidden from other pollers; a
 *     reply whose sender died is tried again after it
 * @param globalSendRate sends per channel across all chats (Telegram: 30 messages per second)
 * @param privateChatSendRate sends to one private chat (Telegram: 1 message per second)
 * @param groupChatSendRate sends to one group (Telegram: 20 messages per minute)
 * @param sendRateMargin how much longer than the platform's each send rate's period is counted, for sends that
 *     reach the platform later than others: a send that much late still keeps under its limits
 * @param outboxSenders how many chats the outbox sends to at once (one chat's replies are sent one after the other)
 */
@Validated
@ConfigurationProperties("switchboard.router")
public record RouterProperties(
        @NotNull @DefaultValue("24h") Duration threadQuietPeriod,
        @Min(0) @DefaultValue("0") int intakeWorkers,
        @Min(1) @DefaultValue("32") int intakeBatchSize,
        @NotNull @DefaultValue("1s") Duration intakePollInterval,
        @NotNull @DefaultValue("250ms") Duration outboxPollInterval,
        @Min(1) @DefaultValue("50") int outboxBatchSize,
        @NotNull @DefaultValue("1s") Duration backoffBase,
        @NotNull @DefaultValue("5m") Duration backoffMax,
        @NotNull @DefaultValue("2m") Duration deliveryLease,
        @NotNull @DefaultValue("30/1s") Rate globalSendRate,
        @NotNull @DefaultValue("1/1s") Rate privateChatSendRate,
        @NotNull @DefaultValue("20/1m") Rate groupChatSendRate,
        @NotNull @DefaultValue("100ms") Duration sendRateMargin,
        @Min(1) @DefaultValue("4") int outboxSenders) {

    public RouterProperties {
        requirePositive("thread-quiet-period", threadQuietPeriod);
        requirePositive("intake-poll-interval", intakePollInterval);
        requirePositive("outbox-poll-interval", outboxPollInterval);
        requirePositive("backoff-base", backoffBase);
        requirePositive("delivery-lease", deliveryLease);
        if (sendRateMargin != null && sendRateMargin.isNegative()) {
            throw new IllegalArgumentException("switchboard.router.send-rate-margin must not be negative, got "
                    + sendRateMargin);
        }
        if (backoffMax != null && backoffBase != null && backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("switchboard.router.backoff-max (" + backoffMax
                    + ") must not be shorter than backoff-base (" + backoffBase + ")");
        }
    }

    /** How many intake workers run: {@code intake-workers}, or twice the processors. */
    public int intakeWorkerCount() {
        return intakeWorkers > 0 ? intakeWorkers : 2 * Runtime.getRuntime().availableProcessors();
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException("switchboard.router." + name + " must be positive, got " + value);
        }
    }
}
