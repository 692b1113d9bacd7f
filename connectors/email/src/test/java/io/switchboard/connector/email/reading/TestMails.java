package io.switchboard.connector.email.reading;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The raw mails under {@code src/test/resources/mail/}, parsed as the IMAP intake parses them. */
final class TestMails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMails() {
    }

    static MimeMessage message(String name, String... extraHeaders) {
        try (InputStream in = TestMails.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test mail " + name);
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            for (String header : extraHeaders) {
                raw.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            raw.writeBytes(in.readAllBytes());
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail as read, with headers put on top of it (as a receiving server adds them). */
    static ReadMail read(String name, String... extraHeaders) {
        return new MailReader().read(message(name, extraHeaders));
    }
}
