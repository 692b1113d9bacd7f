package io.switchboard.connector.email.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.connector.email.reading.MailAddress;
import io.switchboard.connector.email.reading.ReadMail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which thread a mail joins, against the application's schema. */
class EmailConversationsTest extends InboxSpringTestSupport {

    private static final String ANNA = "anna@mail.example";
    private static final String ANNAS_THREAD = "mail:first-question@mail.example";
    private static final long TICKET = 7001;

    @Autowired
    private EmailConversations conversations;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void annasThreadWithATicketAndOurReply(@Autowired JdbcTemplate jdbc) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        jdbc.update("insert into member (id, channel, platform_id, display_name, created_at, updated_at)"
                + " values (9001, 'EMAIL', ?, 'Anna', ?, ?)", ANNA, now, now);
        jdbc.update("insert into support_thread (id, channel, conversation_key, chat_id, private_chat, member_id,"
                + " status, opened_at, last_activity_at) values (9001, 'EMAIL', ?, ?, true, 9001, 'OPEN', ?, ?)",
                ANNAS_THREAD, ANNA, now, now);
        jdbc.update("insert into thread_message (thread_id, channel, direction, external_id, text, created_at)"
                + " values (9001, 'EMAIL', 'IN', 'first-question@mail.example', 'Where is my withdrawal?', ?)", now);
        jdbc.update("insert into ticket (id, thread_id, subject, category, priority, status, reason, created_at,"
                + " updated_at) values (?, 9001, 'Withdrawal', 'ACCOUNT_SECURITY', 'NORMAL', 'OPEN', 'ESCALATED', ?, ?)",
                TICKET, now, now);
        jdbc.update("insert into outbox_entry (decision_key, channel, chat_id, conversation_key, text, format, status,"
                + " attempts, next_attempt_at, platform_message_id, created_at) values ('reply-9001', 'EMAIL', ?, ?,"
                + " 'We are looking into it.', 'PLAIN', 'SENT', 1, ?, '0f1e2d3c.reply@exchange.example', ?)",
                ANNA, ANNAS_THREAD, now, now);
    }

    @Test
    void aReplyToOurSentMailJoinsItsConversation() {
        assertThat(conversations.conversationOf(mail("re-1@mail.example", ANNA, "Re: Withdrawal",
                "0f1e2d3c.reply@exchange.example", List.of()), "re-1@mail.example")).isEqualTo(ANNAS_THREAD);
    }

    @Test
    void aReplyNamingAReceivedMailOnlyInReferencesJoinsItsConversation() {
        assertThat(conversations.conversationOf(mail("re-2@mail.example", ANNA, "Re: Withdrawal", "unknown@else.example",
                List.of("older@else.example", "first-question@mail.example")), "re-2@mail.example"))
                .isEqualTo(ANNAS_THREAD);
    }

    @Test
    void theTicketNumberInTheSubjectJoinsTheTicketWhenTheMembersAddressWrites() {
        assertThat(conversations.conversationOf(mail("t-1@mail.example", ANNA, "Still waiting [T-" + TICKET + "]",
                null, List.of()), "t-1@mail.example")).isEqualTo(ANNAS_THREAD);
    }

    @Test
    void theTicketNumberFromAnotherAddressStartsANewConversation() {
        assertThat(conversations.conversationOf(mail("t-2@mail.example", "mallory@mail.example",
                "About [T-" + TICKET + "]", null, List.of()), "t-2@mail.example")).isEqualTo("mail:t-2@mail.example");
    }

    @Test
    void aMailNamingNothingWeKnowStartsANewConversation() {
        assertThat(conversations.conversationOf(mail("new-1@mail.example", ANNA, "Another question",
                "someone-elses@mail.example", List.of()), "new-1@mail.example")).isEqualTo("mail:new-1@mail.example");
    }

    private static ReadMail mail(String messageId, String from, String subject, String inReplyTo,
            List<String> references) {
        return new ReadMail(messageId, new MailAddress(from, null), List.of(), subject, null, inReplyTo, references,
                "text", "text", null, List.of(), null, null);
    }
}
