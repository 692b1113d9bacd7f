package io.switchboard.connector.email.sending;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A mail as the member's client reads it: its headers, its text parts, its files. */
record SentMail(MimeMessage mail) {

    String header(String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String subject() {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String plain() {
        return text("text/plain");
    }

    String html() {
        return text("text/html");
    }

    /** Every part, depth first, with its content type in lower case. */
    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        collect(mail, parts);
        return parts;
    }

    String contentType() {
        try {
            return mail.getContentType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String type) {
        try {
            for (Part part : parts()) {
                if (part.isMimeType(type) && part.getFileName() == null) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("the mail has no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, List<Part> parts) {
        try {
            parts.add(part);
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, parts);
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
