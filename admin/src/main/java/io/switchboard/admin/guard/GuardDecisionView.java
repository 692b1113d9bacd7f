package io.switchboard.admin.guard;

import io.switchboard.core.guard.GuardDecision;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A guard decision as the API shows it; {@code findings} are {@code rule (severity): explanation}. */
record GuardDecisionView(long id, String channel, String chatId, String conversationKey, String messageId,
        String memberId, String memberName, String memberHandle, String subject, String excerpt, String rule,
        String severity, List<String> findings, String action, String outcome, String removal, String detail,
        Instant createdAt, Instant undoneAt, String undoneBy) {

    static GuardDecisionView from(GuardDecision decision) {
        return new GuardDecisionView(decision.getId(), decision.getChannel().key(), decision.getChatId(),
                decision.getConversationKey(), decision.getMessageId(), decision.getMemberId(),
                decision.getMemberName(), decision.getMemberHandle(), key(decision.getSubject()), decision.getExcerpt(),
                decision.getRule(), key(decision.getSeverity()), List.of(decision.getFindings().split("\n")),
                decision.getAction().key(), key(decision.getOutcome()),
                decision.getRemoval() == null ? null : decision.getRemoval().toLowerCase(Locale.ROOT),
                decision.getDetail(), decision.getCreatedAt(), decision.getUndoneAt(), decision.getUndoneBy());
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
