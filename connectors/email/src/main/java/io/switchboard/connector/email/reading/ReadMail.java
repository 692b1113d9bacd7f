package io.switchboard.connector.email.reading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mail as the support pipeline reads it: decoded whatever its charsets and encodings, its text in plain
 * form, and what the headers say about who sent it.
 *
 * @param messageId the {@code Message-ID} without angle brackets; null when the mail has none
 * @param from the sender
 * @param to the {@code To} and {@code Cc} addresses
 * @param subject the decoded subject; empty when there is none
 * @param sentAt the {@code Date} header; null when missing or unreadable
 * @param inReplyTo the {@code In-Reply-To} Message-ID without angle brackets; null when none
 * @param references the {@code References} Message-IDs without angle brackets, oldest first
 * @param text the whole text as written: the plain part, else the HTML part as text; quotes and signature kept
 * @param visibleText what the member wrote this time: {@code text} without the quoted earlier conversation
 *     and without the signature; what agents and the answer engine read
 * @param html the HTML part when the mail has one, as sent (never shown unsanitized); null otherwise
 * @param files attachments and inline images
 * @param headers the headers the rules read, by lower-case name, each with its values in order
 *     ({@code auto-submitted}, {@code precedence}, {@code list-id}, {@code authentication-results}...)
 * @param bounce the delivery failure this mail reports; null for every mail that is not a bounce
 */
public record ReadMail(String messageId, MailAddress from, List<MailAddress> to, String subject, Instant sentAt,
        String inReplyTo, List<String> references, String text, String visibleText, String html,
        List<MailFile> files, Map<String, List<String>> headers, Bounce bounce) {

    public ReadMail {
        Objects.requireNonNull(from, "from");
        to = to == null ? List.of() : List.copyOf(to);
        subject = subject == null ? "" : subject;
        references = references == null ? List.of() : List.copyOf(references);
        text = text == null ? "" : text;
        visibleText = visibleText == null ? "" : visibleText;
        files = files == null ? List.of() : List.copyOf(files);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The first value of a header, by lower-case name; null when absent. */
    public String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
