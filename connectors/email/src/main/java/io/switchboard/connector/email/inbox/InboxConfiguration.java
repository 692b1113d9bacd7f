package io.switchboard.connector.email.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.email.ConditionalOnEmail;
import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.connector.email.reading.MailReader;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.AttachmentsProperties;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.core.outbox.OutboxRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the inbox: the route {@value InboxRoute#ROUTE_ID} and what it hands mail to, on when e-mail is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmail
class InboxConfiguration {

    /** The {@code email} entry of the health endpoint (the bean's name without "HealthIndicator"). */
    @Bean
    InboxHealth emailHealthIndicator(EmailProperties properties, SmtpContact smtpContact, Clock clock) {
        return new InboxHealth(new Mailbox(properties.imap()), smtpContact, clock);
    }

    @Bean
    EmailConversations emailConversations(JdbcTemplate jdbc) {
        return new EmailConversations(jdbc);
    }

    @Bean
    MailIntake mailIntake(InboundPort inbound, EmailConversations emailConversations, JdbcTemplate jdbc,
            OutboxRepository outbox, PlatformTransactionManager transactions, Attachments attachments,
            AttachmentsProperties attachmentLimits, RateLimits rateLimits, EmailProperties properties,
            ObjectMapper json, Clock clock, InboxHealth emailHealthIndicator) {
        return new MailIntake(new MailReader(), inbound, emailConversations,
                new MailBounces(jdbc, outbox, new TransactionTemplate(transactions)),
                new MailFiles(attachments, attachmentLimits.maxFiles(), jdbc), rateLimits, properties, json, clock,
                emailHealthIndicator);
    }

    @Bean
    InboxRoute emailInboxRoute(EmailProperties properties, MailIntake mailIntake, PollerLeadership pollerLeadership,
            InboxHealth emailHealthIndicator) {
        return new InboxRoute(properties.imap(), mailIntake,
                new InboxPolls(pollerLeadership, emailHealthIndicator, new Mailbox(properties.imap())),
                emailHealthIndicator);
    }
}
