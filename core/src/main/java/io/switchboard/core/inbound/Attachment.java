package io.switchboard.core.inbound;

import java.util.Objects;

/**
 * A file that came with a message, kept by the platform's file reference rather than downloaded.
 *
 * @param kind photo, document, voice, video, sticker...
 * @param fileId the platform's id or URL for the file
 * @param mimeType may be null when the platform does not say
 */
public record Attachment(String kind, String fileId, String mimeType) {
    public Attachment {
        Objects.requireNonNull(kind, "attachment kind");
        Objects.requireNonNull(fileId, "attachment fileId");
    }
}
