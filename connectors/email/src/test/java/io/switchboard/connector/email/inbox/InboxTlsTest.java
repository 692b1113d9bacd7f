package io.switchboard.connector.email.inbox;

import static io.switchboard.connector.email.inbox.TestMails.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.EmailProperties.Security;
import io.switchboard.connector.email.WireTap;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.testing.RecordingInboundPort;
import jakarta.mail.Flags;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * A mailbox the operator told to secure is never read in the clear: with {@code TLS} the connector speaks TLS from
 * its first byte and checks the server's certificate, with {@code STARTTLS} it refuses a server that cannot upgrade
 * before it logs in. Each test reads through a {@link WireTap}, which keeps what a listener on the network would see.
 */
class InboxTlsTest extends InboxSpringTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void withTlsAServerWhoseCertificateIsNotTrustedIsNotReadAndTheHealthSaysWhy() throws Exception {
        String mailbox = "tls-1@exchange.example";
        GreenMail imaps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort());
        imaps.start();
        try (WireTap tap = new WireTap(imaps.getImaps().getPort())) {
            GreenMailUser owner = imaps.setUser(mailbox, mailbox, PASSWORD);
            owner.deliver(TestMails.parse(mail("tls-1@mail.example", "jo@mail.example", mailbox, "2FA", "Reset 2FA.")));
            RecordingInboundPort router = new RecordingInboundPort();

            Health health = downAfterPolls(imap(mailbox, tap.port(), Security.TLS), router);

            assertThat(lastError(health)).containsIgnoringCase("certification path");
            assertThat(health.toString()).doesNotContain(PASSWORD);
            assertThat(tap.clientStartedWithTls()).as("TLS from the first byte: imaps, not imap").isTrue();
            assertThat(tap.clientSent()).doesNotContain(PASSWORD).doesNotContain("LOGIN");
            assertThat(router.handedIn()).isEmpty();
            assertThat(imaps.getManagers().getImapHostManager().getInbox(owner).getMessages())
                    .extracting(message -> message.isSet(Flags.Flag.SEEN)).containsExactly(false);
        } finally {
            imaps.stop();
        }
    }

    @Test
    void withStartTlsAServerThatCannotUpgradeIsRefusedBeforeTheLogin() throws Exception {
        String mailbox = "starttls-1@exchange.example";
        MAIL.deliver(mailbox, mail("starttls-1@mail.example", "kim@mail.example", mailbox, "Fees", "Why this fee?"));
        assertThat(capability(MAIL.imapPort())).as("the server must not offer STARTTLS for this test")
                .startsWith("* CAPABILITY").doesNotContain("STARTTLS");
        try (WireTap tap = new WireTap(MAIL.imapPort())) {
            RecordingInboundPort router = new RecordingInboundPort();

            Health health = downAfterPolls(imap(mailbox, tap.port(), Security.STARTTLS), router);

            assertThat(lastError(health)).contains("STARTTLS");
            assertThat(tap.clientSent()).contains("CAPABILITY").doesNotContain(PASSWORD).doesNotContain("LOGIN")
                    .doesNotContain("AUTHENTICATE").doesNotContain("SELECT").doesNotContain("FETCH");
            assertThat(router.handedIn()).isEmpty();
            assertThat(TestMails.folder(MAIL, mailbox, "INBOX"))
                    .containsExactly(new TestMails.Seen("starttls-1@mail.example", false, false));
        }
    }

    /** The route runs a few polls (and its IDLE watch) against the server; its health once it is DOWN. */
    private Health downAfterPolls(EmailProperties.Imap imap, RecordingInboundPort router) throws Exception {
        CamelContext camel = start(imap, router, PollerLeadership.SINGLE_INSTANCE);
        try {
            InboxHealth health = health(camel);
            // GreenMail's connection threads die of the refused handshake; that is the server's business
            await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> Integer.valueOf(2).equals(health.health().getDetails()
                    .get("failuresInARow")));
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            return health.health();
        } finally {
            camel.stop();
        }
    }

    private static EmailProperties.Imap imap(String mailbox, int port, Security security) {
        return new EmailProperties.Imap("127.0.0.1", port, security, mailbox, PASSWORD, "INBOX", PROCESSED, true,
                Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private static String lastError(Health health) {
        Map<String, Object> details = health.getDetails();
        return String.valueOf(details.get("lastError"));
    }

    /** The server's answer to CAPABILITY, asked over a plain connection. */
    private static String capability(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            in.readLine(); // the greeting
            out.write("a1 CAPABILITY\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return in.readLine();
        }
    }
}
