package io.switchboard.connector.email.sending;

import io.switchboard.connector.email.ConditionalOnEmail;
import io.switchboard.connector.email.EmailProperties;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Hands mails to the outgoing server through Camel's mail component ({@code smtp://} or {@code smtps://}). Its
 * producer sends a {@link MimeMessage} body as it is: it binds no headers of the exchange into it, and it keeps the
 * Message-ID across {@code saveChanges()} (camel-mail 4.17's {@code DefaultJavaMailSender} reads the id before and
 * sets it back after), so the mail leaves with our headers and our fixed id. The endpoint is configured in code,
 * not by URI, so the password never appears in an endpoint URI Camel would log or list.
 */
@Component
@ConditionalOnEmail
class SmtpSubmission {

    private final ProducerTemplate producer;
    private final MailEndpoint endpoint;

    SmtpSubmission(CamelContext camel, ProducerTemplate producer, EmailProperties properties) throws Exception {
        this.producer = producer;
        EmailProperties.Smtp smtp = properties.smtp();
        String protocol = smtp.security() == EmailProperties.Security.TLS ? "smtps" : "smtp";
        MailConfiguration configuration = new MailConfiguration(camel);
        configuration.configureProtocol(protocol);
        configuration.setHost(smtp.host());
        configuration.setPort(smtp.port());
        if (StringUtils.hasText(smtp.password())) {
            configuration.setUsername(StringUtils.hasText(smtp.username()) ? smtp.username() : properties.address());
            configuration.setPassword(smtp.password());
        }
        configuration.setConnectionTimeout((int) smtp.connectTimeout().toMillis());
        configuration.setAdditionalJavaMailProperties(javaMail(protocol, smtp, properties.supportAddress()));
        String uri = protocol + "://" + smtp.host() + ":" + smtp.port();
        this.endpoint = new MailEndpoint(uri, camel.getComponent(protocol, MailComponent.class), configuration);
        // Registered, so that Camel starts it and lists it (without the password) like its other endpoints.
        camel.addEndpoint(uri, endpoint);
    }

    /** Sends the mail; any failure comes back as it was thrown, for {@link SmtpFailures}. */
    void send(MimeMessage mail) throws Exception {
        Exchange sent = producer.send(endpoint, exchange -> exchange.getIn().setBody(mail));
        if (sent.getException() != null) {
            throw sent.getException();
        }
    }

    private static Properties javaMail(String protocol, EmailProperties.Smtp smtp, String supportAddress) {
        Properties javaMail = new Properties();
        String prefix = "mail." + protocol + ".";
        javaMail.setProperty(prefix + "connectiontimeout", Long.toString(smtp.connectTimeout().toMillis()));
        javaMail.setProperty(prefix + "timeout", Long.toString(smtp.readTimeout().toMillis()));
        javaMail.setProperty(prefix + "writetimeout", Long.toString(smtp.readTimeout().toMillis()));
        // Bounces come back to the support mailbox, where the inbox marks the reply they bounce as failed.
        javaMail.setProperty(prefix + "from", supportAddress);
        if (smtp.security() == EmailProperties.Security.STARTTLS) {
            javaMail.setProperty(prefix + "starttls.enable", "true");
            // Never fall back to plain text when the server does not offer STARTTLS.
            javaMail.setProperty(prefix + "starttls.required", "true");
        }
        if (smtp.security() != EmailProperties.Security.NONE) {
            javaMail.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return javaMail;
    }
}
