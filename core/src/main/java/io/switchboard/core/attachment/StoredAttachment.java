package io.switchboard.core.attachment;

import io.switchboard.core.inbound.Attachment;

/**
 * A file Switchboard keeps itself (unlike a platform's file, which stays with the platform): what a thread
 * message and the console need to show it.
 *
 * @param id the stored file's id
 * @param filename the cleaned name, its extension matching the real type
 * @param contentType the type found in the bytes ({@code image/png}, {@code application/pdf}...)
 * @param size the stored size in bytes (after metadata was stripped)
 */
public record StoredAttachment(long id, String filename, String contentType, long size) {

    /** How a thread message refers to the file: kind photo or document, file id {@code stored:<id>}. */
    public Attachment reference() {
        String kind = contentType.startsWith("image/") ? "photo" : "document";
        return new Attachment(kind, Attachments.FILE_ID_PREFIX + id, contentType);
    }
}
