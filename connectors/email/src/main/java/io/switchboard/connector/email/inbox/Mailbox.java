package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.EmailProperties.Security;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;

/**
 * How the inbox reaches the mailbox: the protocol and the JavaMail session the Camel route and the IDLE watch
 * both use. The password is never part of it: it is handed to the connection only when it is opened.
 */
final class Mailbox {

    private final EmailProperties.Imap imap;

    Mailbox(EmailProperties.Imap imap) {
        this.imap = imap;
    }

    /** {@code imaps} for TLS from the first byte, else {@code imap} (upgraded by STARTTLS or not at all). */
    String protocol() {
        return imap.security() == Security.TLS ? "imaps" : "imap";
    }

    /**
     * A session with the timeouts set, whole-mail fetches (a server that stops answering must not hang the poll for ever) and
     * STARTTLS required when asked for: a server that does not offer it is refused rather than read in the clear.
     */
    Session session() {
        String prefix = "mail." + protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", Long.toString(imap.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(imap.readTimeout().toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(imap.readTimeout().toMillis()));
        // A mail is fetched whole in one command (MailIntake reads a copy of it), not in 16 KB pieces, each a round
        // trip to the server: a 2 MB screenshot was 128 of them. Its size is bounded by max-message-size.
        properties.setProperty(prefix + "partialfetch", "false");
        if (imap.security() == Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (imap.security() != Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }

    String host() {
        return imap.host();
    }

    int port() {
        return imap.port();
    }

    String username() {
        return imap.username();
    }

    /** The secret, for opening a connection only; never logged, never in an endpoint URI. */
    String password() {
        return imap.password() == null ? "" : imap.password();
    }

    String folder() {
        return imap.folder();
    }

    /**
     * Why the folder cannot be read, or null when it opens for reading and marking: a login of its own, the folder
     * opened read-write as the route opens it, and closed again. The reason never holds the password.
     */
    String folderProblem() {
        try (Store store = session().getStore(protocol())) {
            store.connect(host(), port(), username(), password());
            Folder folder = store.getFolder(folder());
            if (!folder.exists()) {
                return "the folder " + folder() + " does not exist";
            }
            folder.open(Folder.READ_WRITE);
            folder.close(false);
            return null;
        } catch (MessagingException e) {
            return withoutSecret("the folder " + folder() + " cannot be opened: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
    }

    /** Where it is read from, for logs and the health entry: no credentials. */
    String describe() {
        return protocol() + "://" + imap.username() + "@" + imap.host() + ":" + imap.port() + "/" + imap.folder()
                + " (" + imap.security() + ")";
    }

    /** An error's text with the password, should a server ever echo it, blanked out. */
    String withoutSecret(String text) {
        String secret = imap.password();
        return text == null || secret == null || secret.isEmpty() ? text : text.replace(secret, "********");
    }
}
