package io.switchboard.connector.email.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.connector.email.reading.MailReader;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.AttachmentsProperties;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.testing.mail.TestMailServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The one Spring context the inbox's tests share: the support mailbox {@value #SUPPORT} on a GreenMail server of
 * the class's own, read over plain IMAP, IDLE on, stored mail moved to {@value #PROCESSED}.
 */
@SpringBootTest(classes = InboxTestApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:inbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "spring.jpa.hibernate.ddl-auto=validate",
    "spring.jpa.open-in-view=false",
    "switchboard.email.address=" + InboxSpringTestSupport.SUPPORT,
    "switchboard.email.imap.host=127.0.0.1",
    "switchboard.email.imap.security=NONE",
    "switchboard.email.imap.username=" + InboxSpringTestSupport.SUPPORT,
    "switchboard.email.imap.password=" + InboxSpringTestSupport.PASSWORD,
    "switchboard.email.imap.processed-folder=" + InboxSpringTestSupport.PROCESSED,
    "switchboard.email.imap.poll-interval=1s",
    "switchboard.email.smtp.host=127.0.0.1",
    "switchboard.email.smtp.security=NONE",
    "switchboard.email.max-per-sender-per-hour=" + InboxSpringTestSupport.MAX_PER_SENDER_PER_HOUR,
    "switchboard.email.max-message-size=1MB",
    "management.endpoint.health.show-details=always"
})
abstract class InboxSpringTestSupport {

    static final String SUPPORT = "support@exchange.example";
    static final String PASSWORD = "imap-secret-4711";
    static final String PROCESSED = "Processed";
    static final int MAX_PER_SENDER_PER_HOUR = 3;

    static final TestMailServer MAIL = TestMailServer.start();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OutboxRepository outbox;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Attachments attachments;
    @Autowired
    private AttachmentsProperties attachmentLimits;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("switchboard.email.imap.port", MAIL::imapPort);
        properties.add("switchboard.email.smtp.port", MAIL::smtpPort);
    }

    /**
     * The route on a Camel context of the test's own, reading the mailbox {@code imap} names (its username is the
     * support address) into {@code port}, as an instance of the application would; its health entry is bound as
     * {@code health} ({@link #health}).
     */
    CamelContext start(EmailProperties.Imap imap, InboundPort port, PollerLeadership leadership) throws Exception {
        String mailbox = imap.username();
        EmailProperties properties = new EmailProperties(mailbox, "Support", List.of(), imap,
                new EmailProperties.Smtp("127.0.0.1", MAIL.smtpPort(), EmailProperties.Security.NONE, null, null,
                        Duration.ofSeconds(5), Duration.ofSeconds(10)), 20, DataSize.ofMegabytes(25));
        Clock clock = Clock.systemUTC();
        InboxHealth health = new InboxHealth(new Mailbox(imap), new SmtpContact(clock), clock);
        MailIntake intake = new MailIntake(new MailReader(), port, new EmailConversations(jdbc),
                new MailBounces(jdbc, outbox, new TransactionTemplate(transactions)),
                new MailFiles(attachments, attachmentLimits.maxFiles(), jdbc), RateLimits.inMemory(clock), properties,
                new ObjectMapper(), clock, health);
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("health", health);
        camel.addRoutes(new InboxRoute(imap, intake, new InboxPolls(leadership, health, new Mailbox(imap)), health));
        camel.start();
        return camel;
    }

    static InboxHealth health(CamelContext camel) {
        return camel.getRegistry().lookupByNameAndType("health", InboxHealth.class);
    }
}
