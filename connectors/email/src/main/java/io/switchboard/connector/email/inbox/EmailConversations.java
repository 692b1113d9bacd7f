package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.reading.ReadMail;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which conversation a mail joins. A reply names earlier mails in {@code In-Reply-To} and {@code References}:
 * one of our replies (its outbox entry's platform message id is the Message-ID the sending side gave it) or a
 * mail we received (its thread message's external id) puts it in that thread, the direct parent first, then the
 * references newest first. Failing that, a ticket number in the subject ({@code [T-123]}) joins that ticket's
 * thread, but only when the sender is the ticket's member: anyone can type a number. Anything else is a new
 * conversation of its own, {@code mail:<messageId>}.
 */
final class EmailConversations {

    static final String NEW_CONVERSATION_PREFIX = "mail:";
    private static final Pattern TICKET_NUMBER = Pattern.compile(
            "\\[" + Pattern.quote(Ticket.NUMBER_PREFIX) + "(\\d{1,18})]", Pattern.CASE_INSENSITIVE);

    private final JdbcTemplate jdbc;

    EmailConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversation key for {@code mail}, whose event id is {@code messageId}. */
    String conversationOf(ReadMail mail, String messageId) {
        return byMessageIds(mentioned(mail))
                .or(() -> byTicketNumber(mail.subject(), mail.from().address()))
                .orElse(NEW_CONVERSATION_PREFIX + messageId);
    }

    /** The conversation a mail of ours or received by us with one of these Message-IDs belongs to, the first found. */
    Optional<String> byMessageIds(List<String> messageIds) {
        for (String id : messageIds) {
            Optional<String> found = first(jdbc.queryForList("select conversation_key from outbox_entry"
                    + " where channel = ? and platform_message_id = ? order by id", String.class,
                    Channel.EMAIL.name(), id))
                    .or(() -> first(jdbc.queryForList("select t.conversation_key from thread_message m"
                            + " join support_thread t on t.id = m.thread_id"
                            + " where m.channel = ? and m.external_id = ? order by m.id", String.class,
                            Channel.EMAIL.name(), id)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> byTicketNumber(String subject, String sender) {
        Matcher number = TICKET_NUMBER.matcher(subject);
        while (number.find()) {
            Optional<String> found = first(jdbc.queryForList("select t.conversation_key from ticket k"
                    + " join support_thread t on t.id = k.thread_id join member m on m.id = t.member_id"
                    + " where k.id = ? and t.channel = ? and m.channel = ? and m.platform_id = ?", String.class,
                    Long.parseLong(number.group(1)), Channel.EMAIL.name(), Channel.EMAIL.name(), sender));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** In-Reply-To first, then References from the newest (the last) back. */
    private static List<String> mentioned(ReadMail mail) {
        Set<String> ids = new LinkedHashSet<>();
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        List<String> references = new ArrayList<>(mail.references());
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return List.copyOf(ids);
    }

    private static Optional<String> first(List<String> keys) {
        return keys.stream().findFirst();
    }
}
