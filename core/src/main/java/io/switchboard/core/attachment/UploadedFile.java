package io.switchboard.core.attachment;

import java.util.Objects;

/**
 * A file as a user sent it, before anything is checked: the name and the bytes are both the user's word,
 * so {@link Attachments} trusts neither (the type comes from the bytes, the name is cleaned).
 *
 * @param filename the name the browser or platform gave, may be null or blank
 * @param bytes the content
 */
public record UploadedFile(String filename, byte[] bytes) {
    public UploadedFile {
        Objects.requireNonNull(bytes, "uploaded file bytes");
    }
}
