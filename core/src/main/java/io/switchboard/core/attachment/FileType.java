package io.switchboard.core.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The kinds of file users may attach, each recognised by its first bytes (its signature), never by the name
 * or the type the browser claimed: a script renamed {@code photo.png} is not a PNG. Images lose what they
 * say about where they were taken before they are stored.
 */
enum FileType {
    PNG("image/png", "png", PngMetadata::strip),
    JPEG("image/jpeg", "jpg", JpegMetadata::strip),
    WEBP("image/webp", "webp", WebpMetadata::strip),
    /** Kept as sent: a PDF's metadata is its author and title, not a location. */
    PDF("application/pdf", "pdf", UnaryOperator.identity());

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final String extension;
    private final UnaryOperator<byte[]> metadataStripper;

    FileType(String contentType, String extension, UnaryOperator<byte[]> metadataStripper) {
        this.contentType = contentType;
        this.extension = extension;
        this.metadataStripper = metadataStripper;
    }

    /** The type {@code bytes} really are, or empty for anything Switchboard does not take. */
    static Optional<FileType> of(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (WebpMetadata.isWebp(bytes)) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 0, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    String contentType() {
        return contentType;
    }

    /** The extension a stored file of this type gets, without the dot. */
    String extension() {
        return extension;
    }

    /** The bytes without metadata that could locate the sender (Exif GPS, XMP); the same bytes for a PDF. */
    byte[] stripMetadata(byte[] bytes) {
        return metadataStripper.apply(bytes);
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
