package io.switchboard.core.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes out of a PNG the chunks that can locate the sender or say more than the picture: eXIf (an Exif
 * block, GPS included) and the text chunks tEXt, iTXt and zTXt (where XMP and tools' comments go). Every
 * other chunk is kept byte for byte, with its CRC; nothing after IEND is kept.
 *
 * <p>A PNG is its 8-byte signature and then chunks: a 4-byte big-endian length, a 4-byte type, the data and
 * a 4-byte CRC.
 */
final class PngMetadata {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int CHUNK_OVERHEAD = 12;
    private static final Set<String> LOCATING = Set.of("eXIf", "tEXt", "iTXt", "zTXt");

    private PngMetadata() {
    }

    static byte[] strip(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE_LENGTH);
        int at = SIGNATURE_LENGTH;
        while (true) {
            if (at + CHUNK_OVERHEAD > png.length) {
                throw new MalformedFileException("PNG: no IEND chunk");
            }
            long length = Integer.toUnsignedLong(in.getInt(at));
            if (length > png.length - at - CHUNK_OVERHEAD) {
                throw new MalformedFileException("PNG: chunk of " + length + " bytes at byte " + at + " does not fit");
            }
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int chunkEnd = at + CHUNK_OVERHEAD + (int) length;
            if (!LOCATING.contains(type)) {
                out.write(png, at, chunkEnd - at);
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            at = chunkEnd;
        }
    }
}
