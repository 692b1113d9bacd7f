package io.switchboard.core.attachment;

import java.io.ByteArrayOutputStream;

/**
 * Takes out of a JPEG the segments that can locate the sender: APP1 (Exif, with its GPS directory, and XMP)
 * and APP13 (Photoshop's IPTC record, which names cities and places). The picture and what decoders need to
 * show it right (JFIF, the ICC profile in APP2, Adobe's APP14) are kept byte for byte.
 *
 * <p>A JPEG is a sequence of segments, each a marker {@code FF xx} and, for most, a two-byte length; a
 * scan's entropy-coded data follows its SOS segment and runs until the next marker that is neither a
 * stuffed {@code FF 00} nor a restart {@code FF D0..D7}. Progressive files have several scans with segments
 * between them, so the whole file is walked, not only the part before the first scan.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int TEM = 0x01;

    private JpegMetadata() {
    }

    static byte[] strip(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int at = 2;
        while (true) {
            at = skipFill(jpeg, at);
            int marker = markerAt(jpeg, at);
            if (marker == EOI) {
                out.write(jpeg, at, 2);
                // anything after the end of the image is not part of it (and a place to hide data)
                return out.toByteArray();
            }
            int segmentEnd = at + 2 + (hasLength(marker) ? lengthAt(jpeg, at + 2) : 0);
            if (marker != APP1 && marker != APP13) {
                out.write(jpeg, at, segmentEnd - at);
            }
            at = segmentEnd;
            if (marker == SOS) {
                int scanEnd = endOfScan(jpeg, at);
                out.write(jpeg, at, scanEnd - at);
                at = scanEnd;
            }
        }
    }

    /** Past the fill bytes a marker may be padded with ({@code FF FF ... FF xx}); they carry nothing. */
    private static int skipFill(byte[] jpeg, int at) {
        while (at + 1 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) == 0xFF) {
            at++;
        }
        return at;
    }

    private static int markerAt(byte[] jpeg, int at) {
        if (at + 1 >= jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
            throw new MalformedFileException("JPEG: no marker at byte " + at);
        }
        int marker = jpeg[at + 1] & 0xFF;
        if (marker == 0x00 || marker == SOI) {
            throw new MalformedFileException("JPEG: unexpected marker " + Integer.toHexString(marker) + " at byte " + at);
        }
        return marker;
    }

    /** Markers without a length: TEM and the restarts (stand-alone); SOI and EOI are handled apart. */
    private static boolean hasLength(int marker) {
        return marker != TEM && (marker < 0xD0 || marker > 0xD7);
    }

    private static int lengthAt(byte[] jpeg, int at) {
        if (at + 1 >= jpeg.length) {
            throw new MalformedFileException("JPEG: segment length past the end at byte " + at);
        }
        int length = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
        if (length < 2 || at + length > jpeg.length) {
            throw new MalformedFileException("JPEG: segment of " + length + " bytes at byte " + at + " does not fit");
        }
        return length;
    }

    /** Where the entropy-coded data starting at {@code at} ends: at the next real marker. */
    private static int endOfScan(byte[] jpeg, int at) {
        for (int i = at; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF) {
                int next = jpeg[i + 1] & 0xFF;
                boolean insideScan = next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7);
                if (!insideScan) {
                    return i;
                }
            }
        }
        throw new MalformedFileException("JPEG: the image data has no end");
    }
}
