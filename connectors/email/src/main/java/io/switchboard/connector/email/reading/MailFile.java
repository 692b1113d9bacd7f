package io.switchboard.connector.email.reading;

import java.util.Objects;

/**
 * A file a mail carried: an attachment, or an image shown inside its HTML.
 *
 * @param filename the name the sender gave, decoded; null when none was given
 * @param declaredType the content type the mail declares (the stored type is read from the bytes)
 * @param bytes the decoded content
 * @param inline shown inside the text (a {@code Content-ID} image) rather than attached
 */
public record MailFile(String filename, String declaredType, byte[] bytes, boolean inline) {

    public MailFile {
        Objects.requireNonNull(bytes, "bytes");
    }
}
