package io.switchboard.connector.email.reading;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a mail as the support pipeline sees it: its text (the plain part preferred, else the HTML as text)
 * decoded whatever the charset, what the member wrote this time without the quoted conversation and the
 * signature, its attachments and inline images, its headers, and the delivery failure it reports if it is a
 * bounce. A broken part inside a mail is skipped; only a mail without a sender or whose structure cannot be
 * parsed at all is refused.
 */
public class MailReader {

    private static final Logger log = LoggerFactory.getLogger(MailReader.class);
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    /** Deeper nesting than any client writes: a mail built to exhaust the reader. */
    private static final int DEEPEST_NESTING = 20;

    /**
     * @throws UnreadableMailException when the mail cannot be parsed at all (no sender, broken MIME)
     */
    public ReadMail read(MimeMessage message) {
        try {
            MailAddress from = sender(message);
            Body body = new Body(new ArrayList<>(), new DeliveryReports());
            walk(message, body, 0);
            String subject = MailCharsets.decodeWords(message.getHeader("Subject", null));
            subject = subject == null ? "" : subject.strip();
            String text = body.text();
            List<MailAddress> to = new ArrayList<>(addresses(message.getHeader("To", ",")));
            to.addAll(addresses(message.getHeader("Cc", ",")));
            return new ReadMail(bareId(message.getMessageID()), from, to, subject,
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    bareId(message.getHeader("In-Reply-To", " ")), references(message.getHeader("References", " ")),
                    text, ReplyText.visible(text, subject), body.html.isEmpty() ? null : body.html.toString(), body.files,
                    headers(message), body.reports.bounce(from, subject, text));
        } catch (MessagingException | IOException e) {
            throw new UnreadableMailException("the mail cannot be read: " + e.getMessage(), e);
        }
    }

    /** The text, HTML and files found so far; an alternative's branches each get their own text. */
    private record Body(StringBuilder plain, StringBuilder html, List<MailFile> files, DeliveryReports reports) {

        Body(List<MailFile> files, DeliveryReports reports) {
            this(new StringBuilder(), new StringBuilder(), files, reports);
        }

        Body branch() {
            return new Body(files, reports);
        }

        void add(StringBuilder to, CharSequence piece) {
            if (!piece.isEmpty()) {
                to.append(to.isEmpty() ? "" : "\n").append(piece);
            }
        }

        /** The plain text with its line breaks as "\n", else the HTML as text. */
        String text() {
            return !plain.toString().isBlank() ? plain.toString().replace("\r\n", "\n").replace('\r', '\n').strip()
                    : html.isEmpty() ? "" : HtmlText.of(html.toString());
        }
    }

    private static MailAddress sender(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("From", ",");
        if (raw == null || raw.isBlank()) {
            throw new UnreadableMailException("the mail has no From address", null);
        }
        List<MailAddress> from = addresses(raw);
        if (from.isEmpty()) {
            throw new UnreadableMailException("the mail's From is not an address: " + raw.strip(), null);
        }
        return from.get(0);
    }

    private static List<MailAddress> addresses(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<MailAddress> addresses = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(MailCharsets.rawHeader(raw), false)) {
                if (!address.isGroup() && address.getAddress() != null && address.getAddress().contains("@")) {
                    addresses.add(new MailAddress(address.getAddress(), displayName(address)));
                }
            }
        } catch (AddressException e) {
            log.debug("Unreadable address header skipped: {}", e.getMessage());
        }
        return addresses;
    }

    /**
     * The display name decoded by {@link MailCharsets} rather than by the mail library, which reads GB2312 and
     * Big5 labels literally; the name as written is what {@link InternetAddress#toString()} shows before the address.
     */
    private static String displayName(InternetAddress address) {
        if (address.getPersonal() == null) {
            return null;
        }
        String shown = address.toString();
        String phrase = shown.substring(0, shown.lastIndexOf(" <")).strip();
        if (phrase.length() >= 2 && phrase.startsWith("\"") && phrase.endsWith("\"")) {
            phrase = phrase.substring(1, phrase.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        String name = MailCharsets.decodeWords(phrase).strip();
        return name.isEmpty() ? null : name;
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            multipart(part, type, body, depth);
            return;
        }
        switch (type) {
            case "message/delivery-status", "message/global-delivery-status" -> body.reports.deliveryStatus(bytes(part));
            case "text/rfc822-headers", "message/global-headers" -> body.reports.returned(bytes(part));
            case "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature" -> {
                // a signature proves nothing to staff and is no file the member sent
            }
            case "message/rfc822", "message/global" -> {
                byte[] bytes = bytes(part);
                body.reports.returned(bytes);
                String filename = filename(part);
                body.files.add(new MailFile(filename != null ? filename : attachedMessageName(bytes), "message/rfc822", bytes, false));
            }
            default -> content(part, type, body, depth);
        }
    }

    private void content(Part part, String type, Body body, int depth) throws MessagingException, IOException {
        String disposition = disposition(part);
        String filename = filename(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (filename != null && depth > 0);
        if (!attached && type.equals("text/plain")) {
            body.add(body.plain, plainText(part));
        } else if (!attached && type.equals("text/html")) {
            body.add(body.html, MailCharsets.decode(bytes(part), charset(part)));
        } else {
            boolean inline = !Part.ATTACHMENT.equalsIgnoreCase(disposition)
                    && (Part.INLINE.equalsIgnoreCase(disposition) || (part instanceof MimePart mime && mime.getContentID() != null));
            body.files.add(new MailFile(filename, type, bytes(part), inline));
        }
    }

    private void multipart(Part part, String type, Body body, int depth) throws MessagingException, IOException {
        if (!(part.getContent() instanceof Multipart multipart)) {
            throw new MessagingException(type + " without parts");
        }
        int count = multipart.getCount();
        if (depth >= DEEPEST_NESTING) {
            log.warn("Parts nested deeper than {} levels skipped", DEEPEST_NESTING);
            return;
        }
        List<Body> branches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Body branch = type.equals("multipart/alternative") ? body.branch() : body;
            try {
                walk(multipart.getBodyPart(i), branch, depth + 1);
                if (branch != body) {
                    branches.add(branch);
                }
            } catch (MessagingException | IOException e) {
                log.warn("A broken part ({} #{}) of a mail skipped: {}", type, i + 1, e.getMessage());
            }
        }
        if (type.equals("multipart/alternative")) {
            // the plain version preferred for the text; the last (richest) HTML version kept as sent
            branches.stream().filter(b -> !b.plain.isEmpty()).findFirst().ifPresent(b -> body.add(body.plain, b.plain));
            branches.stream().filter(b -> !b.html.isEmpty()).reduce((first, second) -> second)
                    .ifPresent(b -> body.add(body.html, b.html));
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        String text = MailCharsets.decode(bytes(part), charset(part));
        ContentType type = contentType(part);
        return type != null && "flowed".equalsIgnoreCase(type.getParameter("format"))
                ? unflowed(text, "yes".equalsIgnoreCase(type.getParameter("delsp"))) : text;
    }

    /** RFC 3676: a line ending in a space continues on the next one (except the "-- " signature line). */
    private static String unflowed(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String unstuffed = line.startsWith(" ") ? line.substring(1) : line;
            boolean soft = unstuffed.endsWith(" ") && !unstuffed.equals("-- ") && !unstuffed.startsWith(">");
            out.append(soft && deleteSpace ? unstuffed.substring(0, unstuffed.length() - 1) : unstuffed);
            if (!soft) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String baseType(Part part) throws MessagingException {
        ContentType type = contentType(part);
        // RFC 2045: a missing or unreadable Content-Type is text/plain
        return type == null ? "text/plain" : type.getBaseType().toLowerCase(Locale.ROOT);
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String header = part.getContentType();
        try {
            return header == null ? null : new ContentType(header);
        } catch (ParseException e) {
            return null;
        }
    }

    private static String charset(Part part) throws MessagingException {
        ContentType type = contentType(part);
        return type == null ? null : type.getParameter("charset");
    }

    private static String disposition(Part part) throws MessagingException {
        try {
            return part.getDisposition();
        } catch (ParseException e) {
            return null;
        }
    }

    /**
     * The name the sender gave, without any folder path: an RFC 2231 name read here with its charset's superset
     * (as the body is), else the library's name with its encoded words decoded here.
     */
    private static String filename(Part part) throws MessagingException {
        String name = MailCharsets.extendedParameter(firstHeader(part, "Content-Disposition"), "filename");
        if (name == null) {
            name = MailCharsets.extendedParameter(firstHeader(part, "Content-Type"), "name");
        }
        try {
            name = name != null ? name : part.getFileName();
        } catch (ParseException e) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String decoded = MailCharsets.decodeWords(name).strip();
        return decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
    }

    private static String firstHeader(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String attachedMessageName(byte[] message) {
        try {
            String subject = MailCharsets.decodeWords(new InternetHeaders(new ByteArrayInputStream(message)).getHeader("Subject", null));
            String safe = subject == null ? "" : subject.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            return (safe.isEmpty() ? "message" : safe) + ".eml";
        } catch (MessagingException e) {
            return "message.eml";
        }
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            Header header = all.nextElement();
            String value = header.getValue() == null ? "" : header.getValue().replaceAll("\\r?\\n(?=[ \\t])", "").strip();
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(MailCharsets.rawHeader(value));
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return headers;
    }

    private static List<String> references(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher id = ANGLE_ID.matcher(header);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids.isEmpty() ? List.of(header.strip().split("\\s+")) : ids;
    }

    /** A Message-ID as the pipeline compares it: the first {@code <id>} of the header without its brackets. */
    static String bareId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher id = ANGLE_ID.matcher(header);
        return id.find() ? id.group(1) : header.strip();
    }
}
