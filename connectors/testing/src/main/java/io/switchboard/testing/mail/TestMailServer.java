package io.switchboard.testing.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A real IMAP and SMTP server on 127.0.0.1 (GreenMail), on ports of its own: the support mailbox the e-mail
 * channel reads, and the outgoing server its replies go through. Mail sent through its SMTP server lands in
 * the recipients' mailboxes here, whatever their domain, so a test reads what a member would find in theirs.
 */
public final class TestMailServer implements AutoCloseable {

    private final GreenMail mail;
    /** GreenMail's SMTP server is a thread, which cannot start twice: {@link #acceptSmtp()} starts a new one. */
    private volatile SmtpServer smtp;

    private TestMailServer(GreenMail mail) {
        this.mail = mail;
        this.smtp = mail.getSmtp();
    }

    /** Starts SMTP and IMAP, each on a free port; accounts are created as tests add them. */
    public static TestMailServer start() {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return new TestMailServer(mail);
    }

    public int smtpPort() {
        return smtp.getPort();
    }

    public int imapPort() {
        return mail.getImap().getPort();
    }

    /** Creates (or finds) the account of an address, logging in with the address itself and this password. */
    public GreenMailUser account(String address, String password) {
        return mail.setUser(address, address, password);
    }

    /** Puts a message straight into the recipient's INBOX, as if a mail server had delivered it. */
    public void deliver(String recipient, MimeMessage message) {
        mail.setUser(recipient, recipient, recipient).deliver(message);
    }

    /** Puts a message given as its raw RFC 5322 bytes (headers, a blank line, the body) into the INBOX. */
    public void deliver(String recipient, byte[] rfc822) {
        try {
            deliver(recipient, new MimeMessage(session(), new ByteArrayInputStream(rfc822)));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a message: " + e.getMessage(), e);
        }
    }

    /** Every message the SMTP server took, to any recipient, in the order it took them. */
    public List<MimeMessage> sent() {
        return Arrays.asList(mail.getReceivedMessages());
    }

    /** The messages the SMTP server took for one recipient. */
    public List<MimeMessage> sentTo(String recipient) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(recipient), message -> true).toList();
    }

    /** Waits until the SMTP server has taken at least {@code count} messages in all; false if it timed out. */
    public boolean awaitSent(int count, Duration timeout) {
        return mail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Stops taking mail: connections to the SMTP port are refused until {@link #acceptSmtp()}. */
    public void refuseSmtp() {
        smtp.stopService();
    }

    /** Takes mail again, on the same port. */
    public void acceptSmtp() {
        if (smtp.isRunning()) {
            return;
        }
        // on the same port, delivering into the same mailboxes
        smtp = new SmtpServer(new ServerSetup(smtp.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                mail.getManagers());
        smtp.startService();
        try {
            smtp.waitTillRunning(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A session for building test messages. */
    public static Session session() {
        return Session.getInstance(new Properties());
    }

    /** The text/plain part of a mail, with plain line ends; null when it has none. */
    public static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        smtp.stopService();
        mail.stop();
    }
}
