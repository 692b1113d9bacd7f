package io.switchboard.connector.email.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the delivery reports inside a mail say, gathered while its parts are read: the RFC 3464
 * {@code message/delivery-status} part and the returned message (or its headers), and, for a
 * mailer-daemon's bounce written in prose, the failure and the original Message-ID found in its text.
 */
final class DeliveryReports {

    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAEMON_NAME = Pattern.compile("mail delivery (system|subsystem)|系统退信", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAILURE_SUBJECT = Pattern.compile(
            "undeliver|not delivered|delivery (status|failure|has failed)|failure notice|returned mail|delivery failed"
                    + "|退信|未能送达|投递失败|发送失败", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile("(?im)^[\\s>]*Message-ID:\\s*<([^<>\\s]+)>");
    /** Postfix "<a@b>: host ... said:", qmail "<a@b>:", Exim's indented address line. */
    private static final Pattern FAILED_ADDRESS = Pattern.compile(
            "<([^<>\\s@]+@[^<>\\s]+)>:|(?m)^[ \\t]+([^<>\\s@]+@[^<>\\s]+\\.[a-z]{2,})[ \\t]*$", Pattern.CASE_INSENSITIVE);
    /** A line with an SMTP reply code or an enhanced status code: the server's own words. */
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^.*(\\b[45]\\d\\d[ -]|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b).*$");
    private static final int LONGEST_REASON = 300;

    private String deliveryStatus;
    private String returnedMessageId;

    /** A {@code message/delivery-status} part; the first one counts. */
    void deliveryStatus(byte[] content) {
        if (deliveryStatus == null) {
            deliveryStatus = new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A returned message or its headers ({@code message/rfc822}, {@code text/rfc822-headers}); the first Message-ID counts. */
    void returned(byte[] content) {
        if (returnedMessageId != null) {
            return;
        }
        try {
            returnedMessageId = MailReader.bareId(new InternetHeaders(new ByteArrayInputStream(content)).getHeader("Message-ID", null));
        } catch (MessagingException e) {
            returnedMessageId = null;
        }
    }

    /**
     * The delivery failure this mail reports: from its delivery-status part when it has one (null when that
     * says delayed or delivered), else from the prose of a mailer-daemon's bounce; null for other mail.
     */
    Bounce bounce(MailAddress from, String subject, String text) {
        if (deliveryStatus != null) {
            return statusReport();
        }
        String local = from.address().substring(0, Math.max(0, from.address().indexOf('@')));
        boolean daemon = DAEMON.matcher(local).matches() || (from.name() != null && DAEMON_NAME.matcher(from.name()).find());
        Matcher quotedId = QUOTED_MESSAGE_ID.matcher(text);
        String originalId = returnedMessageId != null ? returnedMessageId : quotedId.find() ? quotedId.group(1) : null;
        if (!daemon || (originalId == null && !FAILURE_SUBJECT.matcher(subject).find())) {
            return null;
        }
        Matcher address = FAILED_ADDRESS.matcher(text);
        String recipient = address.find() ? (address.group(1) != null ? address.group(1) : address.group(2)) : null;
        Matcher diagnostic = DIAGNOSTIC.matcher(text);
        String reason = diagnostic.find() ? diagnostic.group().strip() : subject.isBlank() ? "undeliverable" : subject;
        return new Bounce(originalId, recipient, shortened(reason));
    }

    private Bounce statusReport() {
        // blocks separated by blank lines: the per-message fields first, then one block per recipient
        for (String block : deliveryStatus.replace("\r\n", "\n").split("\n\\s*\n")) {
            Map<String, String> fields = fields(block);
            String recipient = fields.get("final-recipient");
            if (recipient == null) {
                continue;
            }
            String action = fields.getOrDefault("action", "");
            String status = fields.getOrDefault("status", "").strip();
            if (action.equalsIgnoreCase("failed") || (action.isEmpty() && status.startsWith("5"))) {
                String diagnostic = afterType(fields.get("diagnostic-code"));
                String reason = diagnostic == null ? "status " + status : status.isEmpty() ? diagnostic
                        : diagnostic + " (status " + status + ")";
                return new Bounce(returnedMessageId, afterType(recipient), shortened(reason));
            }
        }
        return null;
    }

    private static Map<String, String> fields(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : block.replaceAll("\\n(?=[ \\t])", "").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /** "rfc822; a@b" → "a@b", "smtp; 550 ..." → "550 ...". */
    private static String afterType(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip().replaceAll("\\s+", " ");
    }

    private static String shortened(String reason) {
        return reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON) + "…";
    }
}
