package io.switchboard.connector.email.inbox;

import io.switchboard.testing.mail.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("switchboard.email.imap.port", MAIL::imapPort);
        properties.add("switchboard.email.smtp.port", MAIL::smtpPort);
    }
}
