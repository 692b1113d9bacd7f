package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.reading.Bounce;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bounce marks the reply it reports as FAILED ("bounced: " and the server's reason), so the console shows that
 * the member never got it. The reply is the outbox entry on channel EMAIL whose platform message id is the
 * bounced Message-ID. A bounce of a mail we did not send (or that says nothing of which) is only logged.
 */
final class MailBounces {

    private static final Logger log = LoggerFactory.getLogger(MailBounces.class);

    private final JdbcTemplate jdbc;
    private final OutboxRepository outbox;
    private final TransactionTemplate transaction;

    MailBounces(JdbcTemplate jdbc, OutboxRepository outbox, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** @return the conversation of the reply that bounced, when it is one of ours */
    Optional<String> record(Bounce bounce, String bounceMessageId) {
        if (bounce.originalMessageId() == null) {
            log.info("Bounce {} names no Message-ID of ours ({}); nothing marked", bounceMessageId, bounce.reason());
            return Optional.empty();
        }
        return transaction.execute(status -> {
            List<Long> ids = jdbc.queryForList("select id from outbox_entry where channel = ? and platform_message_id = ?",
                    Long.class, Channel.EMAIL.name(), bounce.originalMessageId());
            if (ids.isEmpty()) {
                log.info("Bounce {} of {}, which is not a mail we sent ({}); nothing marked", bounceMessageId,
                        bounce.originalMessageId(), bounce.reason());
                return Optional.<String>empty();
            }
            String conversation = null;
            for (OutboxEntry entry : outbox.findAllById(ids)) {
                if (entry.bounced(bounce.reason())) {
                    log.warn("Reply {} to {} bounced: {}", entry.getId(), entry.getChatId(), bounce.reason());
                }
                conversation = entry.getConversationKey();
            }
            return Optional.ofNullable(conversation);
        });
    }
}
