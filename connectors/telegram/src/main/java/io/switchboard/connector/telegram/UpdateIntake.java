package io.switchboard.connector.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.inbound.InboundPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an update and hands it to the {@link InboundPort}, or a member's {@code /report} to the
 * moderation queue, and answers a button press: the one path of the poller and the webhook.
 */
final class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final UpdateMapper mapper;
    private final InboundPort port;
    private final MemberReports reports;
    private final CallbackAnswers callbacks;

    UpdateIntake(UpdateMapper mapper, InboundPort port, MemberReports reports, CallbackAnswers callbacks) {
        this.mapper = mapper;
        this.port = port;
        this.reports = reports;
        this.callbacks = callbacks;
    }

    /**
     * Returns once the port (or the moderation queue) has stored what the update means, so the caller may acknowledge it to
     * Telegram; throws when the port failed, and the caller must not acknowledge it.
     *
     * <p>An update that cannot be mapped is logged and acknowledged: mapping is deterministic, so
     * retrying could never succeed and would hold back every later update of the bot.
     */
    void handle(JsonNode update) {
        String updateId = update.path("update_id").asText("?");
        MappedUpdate mapped;
        try {
            mapped = mapper.map(update);
        } catch (IllegalArgumentException e) {
            log.error("Telegram update {} skipped: {}", updateId, e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.error("Telegram update {} skipped: it could not be mapped", updateId, e);
            return;
        }
        mapped.deliverTo(port, reports, callbacks);
        log.debug("Telegram update {}: {}", updateId, mapped.summary());
    }
}
