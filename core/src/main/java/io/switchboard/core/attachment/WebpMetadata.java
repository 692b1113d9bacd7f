package io.switchboard.core.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes out of a WebP its EXIF and XMP chunks (where a location would be) and clears the VP8X header's flags
 * that announce them, so that readers do not look for what is gone. The image chunks (VP8, VP8L, ALPH,
 * ANIM/ANMF) and the ICC profile are kept byte for byte.
 *
 * <p>A WebP is a RIFF file: {@code RIFF}, the little-endian size of what follows, {@code WEBP}, then chunks
 * of a four-character code, a little-endian size and the data, padded to an even length.
 */
final class WebpMetadata {

    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 12;
    private static final int CHUNK_HEADER_LENGTH = 8;
    private static final Set<String> LOCATING = Set.of("EXIF", "XMP ");
    /** VP8X's first data byte: bit 3 says an EXIF chunk follows, bit 2 an XMP chunk. */
    static final int VP8X_EXIF_FLAG = 0x08;
    static final int VP8X_XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    /** RIFF, a 4-byte size, WEBP. */
    static boolean isWebp(byte[] bytes) {
        return FileType.startsWith(bytes, 0, RIFF) && FileType.startsWith(bytes, 8, WEBP);
    }

    static byte[] strip(byte[] webp) {
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        long riffEnd = CHUNK_HEADER_LENGTH + Integer.toUnsignedLong(in.getInt(4));
        if (riffEnd > webp.length) {
            throw new MalformedFileException("WebP: RIFF size " + riffEnd + " is past the end of " + webp.length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
        out.write(webp, 0, HEADER_LENGTH);
        int at = HEADER_LENGTH;
        while (at < riffEnd) {
            if (at + CHUNK_HEADER_LENGTH > riffEnd) {
                throw new MalformedFileException("WebP: a chunk header is cut off at byte " + at);
            }
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long chunkEnd = at + CHUNK_HEADER_LENGTH + size + (size & 1);
            if (chunkEnd > riffEnd) {
                throw new MalformedFileException("WebP: chunk of " + size + " bytes at byte " + at + " does not fit");
            }
            String fourCc = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            int chunkLength = (int) (chunkEnd - at);
            if (fourCc.equals("VP8X") && size > 0) {
                out.write(webp, at, CHUNK_HEADER_LENGTH);
                out.write(webp[at + CHUNK_HEADER_LENGTH] & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG));
                out.write(webp, at + CHUNK_HEADER_LENGTH + 1, chunkLength - CHUNK_HEADER_LENGTH - 1);
            } else if (!LOCATING.contains(fourCc)) {
                out.write(webp, at, chunkLength);
            }
            at = (int) chunkEnd;
        }
        byte[] stripped = out.toByteArray();
        // the RIFF size counts everything after itself; anything past the RIFF's end was never part of the image
        ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN).putInt(4, stripped.length - CHUNK_HEADER_LENGTH);
        return stripped;
    }
}
