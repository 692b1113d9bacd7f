package io.switchboard.helpcenter.request;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.text.Sha256;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The help center as the support pipeline's WEB channel, outbound: the outbox's replies to a request (an
 * agent's answer, the bot's ticket notice) are delivered by being recorded as delivered, and the request's
 * page shows the thread's replies that were. The record is in the outbox's own database, so a send cut off
 * by a crash is always found again, never shown twice: {@link #findDelivered} is exact. A request's page
 * offers no moderation and takes no announcements. A reply of the support team is also told to the requester by
 * e-mail ({@link RequestMail}), in the transaction that records its delivery.
 */
@Component
class RequestGateway implements ChannelGateway {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final RequestMail mail;
    private final TransactionTemplate tx;
    private final Clock clock;

    RequestGateway(JdbcTemplate jdbc, RequestMail mail, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("help_request_delivery").usingGeneratedKeyColumns("id")
                .usingColumns("conversation_key", "sender", "text_sha256", "delivered_at");
        this.mail = mail;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        String conversation = requestConversation(message);
        try {
            long id = tx.execute(status -> {
                long delivery = insert.executeAndReturnKey(new MapSqlParameterSource(Map.of(
                        "conversation_key", conversation,
                        "sender", sender(message),
                        "text_sha256", Sha256.hex(message.text()),
                        "delivered_at", Timestamp.from(clock.instant())))).longValue();
                if (message.sender().kind() == Sender.Kind.STAFF) {
                    mail.reply(Long.parseLong(conversation.substring(HelpRequest.CONVERSATION_PREFIX.length())),
                            delivery, message.text());
                }
                return delivery;
            });
            return receipt(id);
        } catch (RuntimeException e) {
            // A failure at or after the commit leaves unknown whether the row was stored: the next try looks first.
            throw DeliveryException.noAnswer("help center reply to " + conversation + " may not be stored: " + e, e);
        }
    }

    @Override
    public DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        List<Long> found = jdbc.queryForList("select id from help_request_delivery where conversation_key = ?"
                        + " and sender = ? and text_sha256 = ? and delivered_at >= ? order by id", Long.class,
                requestConversation(message), sender(message), Sha256.hex(message.text()), Timestamp.from(since));
        return found.isEmpty() ? DeliveryLookup.NOT_DELIVERED : DeliveryLookup.delivered(receipt(found.get(0)));
    }

    private static DeliveryReceipt receipt(long id) {
        return new DeliveryReceipt("delivery:" + id);
    }

    private static String requestConversation(OutboundMessage message) {
        if (!message.conversationKey().startsWith(HelpRequest.CONVERSATION_PREFIX)) {
            throw DeliveryException.permanent("conversation key '" + message.conversationKey()
                    + "' is not request:<id>", null);
        }
        return message.conversationKey();
    }

    /** Who spoke: the bot's kind of message, or the staff member. */
    private static String sender(OutboundMessage message) {
        return message.sender().kind() + ":" + (message.sender().username() == null ? "" : message.sender().username());
    }
}
