package io.switchboard.connector.email.inbox;

import io.switchboard.testing.mail.TestMailServer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Mails as members write them, and a look into a GreenMail mailbox as a mail client sees it. */
final class TestMails {

    private TestMails() {
    }

    /** A plain-text mail, raw, with the headers given (each "Name: value") before the body. */
    static byte[] mail(String messageId, String from, String to, String subject, String body, String... headers) {
        StringBuilder raw = new StringBuilder();
        if (messageId != null) {
            raw.append("Message-ID: <").append(messageId).append(">\r\n");
        }
        raw.append("From: ").append(from).append("\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n");
        for (String header : headers) {
            raw.append(header).append("\r\n");
        }
        raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
        return raw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A mail of the reader's collection ({@code src/test/resources/mail}), raw. */
    static byte[] resource(String name) {
        try (var in = TestMails.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test mail " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(TestMailServer.session(), new java.io.ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One mail in a folder as the mailbox's owner sees it. */
    record Seen(String messageId, boolean seen, boolean flagged) {
    }

    /** The mails in a folder of {@code account}'s mailbox (none when the folder does not exist). */
    static List<Seen> folder(TestMailServer server, String account, String folderName) throws MessagingException {
        Store store = TestMailServer.session().getStore("imap");
        store.connect("127.0.0.1", server.imapPort(), account, "any");
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<Seen> mails = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                String id = ((MimeMessage) message).getMessageID();
                mails.add(new Seen(id == null ? null : id.substring(1, id.length() - 1),
                        message.isSet(Flags.Flag.SEEN), message.isSet(Flags.Flag.FLAGGED)));
            }
            folder.close(false);
            return mails;
        } finally {
            store.close();
        }
    }
}
