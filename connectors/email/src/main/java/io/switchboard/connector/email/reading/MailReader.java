package io.switchboard.connector.email.reading;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Reads a mail as the support pipeline sees it. PLACEHOLDER: a first cut (plain text or HTML as text, the
 * threading headers) so the inbox can be built beside it; the reading helper replaces it with the real one
 * (charsets, quotes and signatures, files, bounces).
 */
public class MailReader {

    /**
     * @throws UnreadableMailException when the mail cannot be parsed at all (no sender, broken MIME)
     */
    public ReadMail read(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
                throw new UnreadableMailException("the mail has no sender address", null);
            }
            String text = text(message);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : List.of("auto-submitted", "precedence", "list-id", "authentication-results")) {
                String[] values = message.getHeader(name);
                if (values != null) {
                    headers.put(name, Arrays.asList(values));
                }
            }
            return new ReadMail(bare(message.getMessageID()), new MailAddress(sender.getAddress(), sender.getPersonal()),
                    List.of(), message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    bare(message.getHeader("In-Reply-To", null)), references(message.getHeader("References", " ")),
                    text, text.strip(), null, List.of(), headers, null);
        } catch (MessagingException | IOException e) {
            throw new UnreadableMailException("the mail cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("text/html")) {
            return Jsoup.parse((String) part.getContent()).wholeText();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static List<String> references(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : header.trim().split("\\s+")) {
            if (!id.isEmpty()) {
                ids.add(bare(id));
            }
        }
        return ids;
    }

    private static String bare(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String trimmed = id.strip();
        return trimmed.startsWith("<") && trimmed.endsWith(">") ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed.toLowerCase(Locale.ROOT).equals("") ? null : trimmed;
    }
}
