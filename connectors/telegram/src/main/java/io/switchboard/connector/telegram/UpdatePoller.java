package io.switchboard.connector.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * One round of long polling at a time: getUpdates, hand each update to the {@link UpdateIntake}, and
 * advance the offset past an update only after the port has stored it. The caller
 * ({@link TelegramPolling}) waits for the returned duration before the next round.
 */
final class UpdatePoller {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

    private final BotApi api;
    private final UpdateIntake intake;
    private final long pollTimeoutSeconds;
    private final TelegramRetries retries = new TelegramRetries();

    /*
     * Kept in memory only. Telegram remembers the confirmed offset itself: a getUpdates call with
     * offset N confirms every update below N for good. After a restart the first call, without
     * offset, returns every update not confirmed yet, including any that were stored just before
     * the restart; the port stores on the unique (channel, event id) and answers DUPLICATE for
     * those, so a redelivery changes nothing. Nothing is lost, nothing is stored twice.
     */
    private Long offset;

    UpdatePoller(BotApi api, UpdateIntake intake, TelegramProperties properties) {
        this.api = api;
        this.intake = intake;
        this.pollTimeoutSeconds = properties.pollTimeout().toSeconds();
    }

    /** @return how long to wait before the next round: zero after a good one */
    Duration poll() {
        List<ObjectNode> updates;
        try {
            updates = api.workerCall(new GetUpdates(offset, pollTimeoutSeconds, UpdateMapper.ALLOWED_UPDATES));
        } catch (BotApiException e) {
            if (e.kind() == BotApiException.Kind.CANCELLED) {
                return Duration.ZERO;
            }
            Duration wait = retries.after(e);
            log.warn("Telegram {}; next try in {} s", e.getMessage(), wait.toSeconds());
            return wait;
        }
        log.debug("Telegram getUpdates from offset {}: {} update(s)", offset, updates.size());
        for (ObjectNode update : updates) {
            try {
                intake.handle(update);
            } catch (RuntimeException e) {
                Duration wait = retries.afterFailure();
                log.warn("Telegram update {} was not stored and stays unconfirmed; next try in {} s",
                        update.path("update_id").asText("?"), wait.toSeconds(), e);
                return wait;
            }
            JsonNode updateId = update.get("update_id");
            if (updateId != null && updateId.canConvertToLong()) {
                offset = updateId.asLong() + 1;
            }
        }
        retries.succeeded();
        return Duration.ZERO;
    }

    /**
     * getUpdates, with each update of the result kept as the JSON Telegram sent. TelegramBots' own
     * GetUpdates reads the whole batch into its types, so one update it cannot read (a shape newer
     * than the library) would fail every poll and stall the bot; here each update is read on its
     * own, and the raw payload stored is exactly what Telegram sent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class GetUpdates extends BotApiMethod<ArrayList<ObjectNode>> {

        @JsonProperty("offset")
        private final Long offset;

        @JsonProperty("timeout")
        private final long timeout;

        @JsonProperty("allowed_updates")
        private final List<String> allowedUpdates;

        /**
         * @param offset the first update id wanted, confirming all below it; null on the first call
         * @param timeoutSeconds how long Telegram may hold the request when nothing is pending
         */
        GetUpdates(Long offset, long timeoutSeconds, List<String> allowedUpdates) {
            this.offset = offset;
            this.timeout = timeoutSeconds;
            this.allowedUpdates = List.copyOf(allowedUpdates);
        }

        @Override
        public String getMethod() {
            return "getUpdates";
        }

        @Override
        public ArrayList<ObjectNode> deserializeResponse(String answer) throws TelegramApiRequestException {
            return deserializeResponseArray(answer, ObjectNode.class);
        }
    }
}
