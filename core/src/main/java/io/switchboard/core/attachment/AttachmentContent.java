package io.switchboard.core.attachment;

/** A stored file with its bytes, for the endpoint that serves it to staff. */
public record AttachmentContent(StoredAttachment meta, byte[] bytes) {
}
