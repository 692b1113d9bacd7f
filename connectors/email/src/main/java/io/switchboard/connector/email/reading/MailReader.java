package io.switchboard.connector.email.reading;

import jakarta.mail.internet.MimeMessage;

/**
 * Reads a mail as the support pipeline sees it. PLACEHOLDER signature for the helpers: the reading helper
 * replaces this body with the real one (multipart, charsets, HTML to text, quotes and signatures, files,
 * bounces).
 */
public class MailReader {

    /**
     * @throws UnreadableMailException when the mail cannot be parsed at all (no sender, broken MIME)
     */
    public ReadMail read(MimeMessage message) {
        throw new UnsupportedOperationException("placeholder: MailReader is being written");
    }
}
