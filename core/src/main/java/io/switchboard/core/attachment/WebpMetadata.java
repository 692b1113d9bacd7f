package io.switchboard.core.attachment;

import java.nio.charset.StandardCharsets;

/** WebP metadata stripping (first cut: recognition only; the real stripping follows). */
final class WebpMetadata {

    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private WebpMetadata() {
    }

    /** RIFF, a 4-byte size, WEBP. */
    static boolean isWebp(byte[] bytes) {
        return FileType.startsWith(bytes, 0, RIFF) && FileType.startsWith(bytes, 8, WEBP);
    }

    static byte[] strip(byte[] bytes) {
        return bytes;
    }
}
