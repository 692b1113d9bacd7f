package io.switchboard.connector.email.sending;

import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.core.CoreConfiguration;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.AttachmentsProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.unit.DataSize;

/**
 * The sending side on the real schema (Flyway on H2) and a real Camel context: threads, tickets, accounts and
 * stored files as the router leaves them, and the gateway sending to the test's mail server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan(basePackages = "io.switchboard.core")
@EnableJpaRepositories(basePackages = "io.switchboard.core")
@EnableConfigurationProperties({EmailProperties.class, AttachmentsProperties.class})
@Import({CoreConfiguration.class, Accounts.class, Attachments.class, ReplyThreads.class, MailComposer.class,
        SmtpSubmission.class, EmailGateway.class, SmtpContact.class})
class EmailSendingSlice {

    static final String SUPPORT = "support@exchange.example";

    /** The settings of the slice, its SMTP server on {@code smtpPort} without encryption. */
    static String[] settings(String database) {
        return new String[] {
            "spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "switchboard.email.address=" + SUPPORT,
            "switchboard.email.display-name=Exchange Support",
            "switchboard.email.imap.host=127.0.0.1",
            "switchboard.email.imap.username=" + SUPPORT,
            "switchboard.email.smtp.host=127.0.0.1",
            "switchboard.email.smtp.security=NONE",
            "switchboard.email.smtp.connect-timeout=2s",
            "switchboard.email.smtp.read-timeout=5s"
        };
    }

    /** Registers {@link #settings} as a test's dynamic properties. */
    static void register(DynamicPropertyRegistry registry, String database) {
        for (String setting : settings(database)) {
            String[] pair = setting.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    /** The channel's settings as {@link #settings} binds them, its SMTP server on this port, with a login if given. */
    static EmailProperties properties(int smtpPort, String smtpPassword) {
        return properties(smtpPort, EmailProperties.Security.NONE, smtpPassword);
    }

    /** As {@link #properties(int, String)}, the SMTP server reached as {@code security} says. */
    static EmailProperties properties(int smtpPort, EmailProperties.Security security, String smtpPassword) {
        return new EmailProperties(SUPPORT, "Exchange Support", List.of(),
                new EmailProperties.Imap("127.0.0.1", 993, EmailProperties.Security.TLS, SUPPORT, null, "INBOX", null,
                        true, Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new EmailProperties.Smtp("127.0.0.1", smtpPort, security, SUPPORT, smtpPassword,
                        Duration.ofSeconds(2), Duration.ofSeconds(5)),
                20, DataSize.ofMegabytes(25));
    }
}
