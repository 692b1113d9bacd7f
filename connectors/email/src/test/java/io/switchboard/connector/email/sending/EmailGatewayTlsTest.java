package io.switchboard.connector.email.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.switchboard.connector.email.EmailProperties.Security;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.connector.email.WireTap;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reply the operator told to send securely never leaves in the clear: with {@code TLS} the gateway speaks TLS
 * from its first byte and checks the server's certificate, with {@code STARTTLS} it refuses a server that cannot
 * upgrade before it logs in or names a recipient. Each send goes through a {@link WireTap}, which keeps what a
 * listener on the network would see; the outbox retries the refused mail later.
 */
@SpringBootTest(classes = EmailSendingSlice.class)
class EmailGatewayTlsTest {

    private static final String PASSWORD = "smtp-secret-0815";

    @Autowired
    ReplyThreads threads;
    @Autowired
    MailComposer composer;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        EmailSendingSlice.register(registry, "email-gateway-tls");
    }

    @Test
    void withTlsAServerWhoseCertificateIsNotTrustedGetsNothingAndTheMailIsRetried() throws Exception {
        GreenMail smtps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        smtps.start();
        try (WireTap tap = new WireTap(smtps.getSmtps().getPort())) {
            SmtpContact contact = new SmtpContact(Clock.systemUTC());

            assertThatThrownBy(() -> gatewayOn(tap, Security.TLS, contact).send(reply("tls@member.example")))
                    .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                        assertThat(failure.answered()).as("nothing reached the server").isTrue();
                        assertThat(failure.getMessage())
                                .containsIgnoringCase("certification path").doesNotContain(PASSWORD);
                    });

            assertThat(contact.failing()).as("the channel's health entry shows the outgoing server down").isTrue();
            assertThat(tap.clientStartedWithTls()).as("TLS from the first byte: smtps, not smtp").isTrue();
            assertThat(tap.clientSent()).doesNotContain(PASSWORD).doesNotContain("MAIL FROM");
            assertThat(smtps.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void withStartTlsAServerThatCannotUpgradeIsNeitherLoggedIntoNorGivenTheMail() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (WireTap tap = new WireTap(smtp.getSmtp().getPort())) {
            assertThat(ehlo(smtp.getSmtp().getPort())).as("the server must not offer STARTTLS for this test")
                    .isNotEmpty().noneMatch(line -> line.contains("STARTTLS"));
            SmtpContact contact = new SmtpContact(Clock.systemUTC());

            assertThatThrownBy(() -> gatewayOn(tap, Security.STARTTLS, contact).send(reply("plain@member.example")))
                    .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                        assertThat(failure.answered()).as("nothing was handed over").isTrue();
                        assertThat(failure.getMessage()).contains("STARTTLS").doesNotContain(PASSWORD);
                    });

            assertThat(contact.failing()).isTrue();
            assertThat(tap.clientSent()).contains("EHLO").doesNotContain("AUTH").doesNotContain(PASSWORD)
                    .doesNotContain("MAIL FROM").doesNotContain("RCPT").doesNotContain("DATA");
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } finally {
            smtp.stop();
        }
    }

    private EmailGateway gatewayOn(WireTap tap, Security security, SmtpContact contact) throws Exception {
        return new EmailGateway(threads, composer, new SmtpSubmission(camel, producer,
                EmailSendingSlice.properties(tap.port(), security, PASSWORD)), contact);
    }

    private static OutboundMessage reply(String to) {
        return new OutboundMessage(Channel.EMAIL, to, "help-request:1", null, "Your request is solved.",
                TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(), "Your request #1", List.of(), "help-request:1:solved");
    }

    /** The server's answer to EHLO, asked over a plain connection, one line per extension. */
    private static List<String> ehlo(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            in.readLine(); // the greeting
            out.write("EHLO test.example\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (!line.startsWith("250-")) {
                    break;
                }
            }
            return lines;
        }
    }
}
