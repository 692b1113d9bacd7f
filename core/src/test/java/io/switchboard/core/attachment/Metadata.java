package io.switchboard.core.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Metadata as cameras and phones write it, built by hand for the tests: an Exif block whose GPS directory
 * puts the photographer in Hong Kong, XMP with the same place, and the containers' ways of carrying them
 * (a JPEG APP1 segment, a PNG chunk, a RIFF chunk).
 */
final class Metadata {

    /** The latitude's degrees as the GPS directory stores them: 22/1, a value tests look for in the output. */
    static final int LATITUDE_DEGREES = 22;
    static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/"
            + "22-rdf-syntax-ns#\"><rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" "
            + "exif:GPSLatitude=\"22,17.0N\" exif:GPSLongitude=\"114,10.0E\"/></rdf:RDF></x:xmpmeta>";
    static final String XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/";

    private static final short ASCII = 2;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    private Metadata() {
    }

    /**
     * A big-endian TIFF structure as Exif has it: IFD0 with one entry, the pointer to the GPS directory
     * (tag 0x8825), and the GPS directory with latitude 22°17'N and longitude 114°10'E.
     */
    static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, then the offset of the next IFD (none)
        tiff.putShort((short) 1);
        entry(tiff, 0x8825, LONG, 1, 26);
        tiff.putInt(0);
        // the GPS IFD at 26: four entries (2 + 4 * 12 + 4 = 54 bytes), its rationals from 80
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, ASCII, 2, 'N' << 24);
        entry(tiff, 0x0002, RATIONAL, 3, 80);
        entry(tiff, 0x0003, ASCII, 2, 'E' << 24);
        entry(tiff, 0x0004, RATIONAL, 3, 104);
        tiff.putInt(0);
        tiff.position(80);
        rationals(tiff, LATITUDE_DEGREES, 17, 0);
        rationals(tiff, 114, 10, 0);
        byte[] block = new byte[tiff.position()];
        tiff.flip().get(block);
        return block;
    }

    /** A JPEG APP1 segment: the marker, the length, the identifier and the payload. */
    static byte[] app1(String identifier, byte[] payload) {
        byte[] id = identifier.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer segment = ByteBuffer.allocate(4 + id.length + payload.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + id.length + payload.length));
        return segment.put(id).put(payload).array();
    }

    static byte[] exifApp1() {
        return app1("Exif\0\0", exifWithGps());
    }

    static byte[] xmpApp1() {
        return app1(XMP_NAMESPACE + "\0", XMP.getBytes(StandardCharsets.UTF_8));
    }

    /** A PNG chunk with its length and CRC. */
    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A RIFF chunk: its four-character code, little-endian size, data and the pad byte for an odd size. */
    static byte[] riffChunk(String fourCc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    /** {@code bytes} with {@code inserted} put in at {@code at}. */
    static byte[] insert(byte[] bytes, int at, byte[]... inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        for (byte[] part : inserted) {
            out.writeBytes(part);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    static boolean contains(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (FileType.startsWith(bytes, i, wanted)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(byte[] bytes, String wanted) {
        return contains(bytes, wanted.getBytes(StandardCharsets.US_ASCII));
    }

    private static void entry(ByteBuffer tiff, int tag, short type, int count, int valueOrOffset) {
        tiff.putShort((short) tag).putShort(type).putInt(count).putInt(valueOrOffset);
    }

    private static void rationals(ByteBuffer tiff, int... numerators) {
        for (int numerator : numerators) {
            tiff.putInt(numerator).putInt(1);
        }
    }
}
