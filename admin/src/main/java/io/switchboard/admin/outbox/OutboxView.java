package io.switchboard.admin.outbox;

import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import java.time.Instant;

/**
 * A reply in the outbox as the staff API shows it.
 *
 * @param lastError why the latest try failed (or why it was cancelled); null once sent
 * @param platformMessageId the platform's id for the sent message; null until sent
 * @param threadMessageId the OUT thread message it delivers, if any
 */
record OutboxView(Long id, String decisionKey, String channel, String chatId, String conversationKey,
        String replyToExternalId, String text, TextFormat format, OutboxStatus status, int attempts,
        Instant nextAttemptAt, String lastError, String platformMessageId, Instant createdAt, Instant sentAt,
        Long threadMessageId) {

    static OutboxView from(OutboxEntry entry) {
        return new OutboxView(entry.getId(), entry.getDecisionKey(), entry.getChannel().key(), entry.getChatId(),
                entry.getConversationKey(), entry.getReplyToExternalId(), entry.getText(), entry.getFormat(),
                entry.getStatus(), entry.getAttempts(), entry.getNextAttemptAt(), entry.getLastError(),
                entry.getPlatformMessageId(), entry.getCreatedAt(), entry.getSentAt(), entry.getThreadMessageId());
    }
}
