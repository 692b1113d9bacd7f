package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WebP files built chunk by chunk as the format's specification lays them out (the JDK has no WebP decoder, so
 * the structure is what is checked): the EXIF and XMP chunks go, their VP8X flags are cleared, the rest stays.
 */
class WebpMetadataTest {

    /** VP8X flags: ICC, alpha, EXIF, XMP (bits 5 to 2). */
    private static final int ALPHA = 0x10;
    private static final int EXIF_AND_XMP = WebpMetadata.VP8X_EXIF_FLAG | WebpMetadata.VP8X_XMP_FLAG;
    /** A VP8L bitstream's start: the signature byte 0x2F and a 1x1 image's size; its odd length needs a pad byte. */
    private static final byte[] VP8L = {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11};
    private static final byte[] VP8 = {(byte) 0x9D, 0x01, 0x2A, 0x01, 0x00, 0x01, 0x00, 0x00};

    @Test
    void dropsExifAndXmpChunksAndTheirFlags() {
        byte[] webp = riff(vp8x(ALPHA | EXIF_AND_XMP), Metadata.riffChunk("VP8L", VP8L),
                Metadata.riffChunk("EXIF", Metadata.exifWithGps()),
                Metadata.riffChunk("XMP ", Metadata.XMP.getBytes(StandardCharsets.UTF_8)));

        byte[] stripped = WebpMetadata.strip(webp);

        assertThat(fourCcs(stripped)).containsExactly("VP8X", "VP8L");
        assertThat(stripped[20] & 0xFF).as("VP8X flags").isEqualTo(ALPHA);
        assertThat(stripped).isEqualTo(riff(vp8x(ALPHA), Metadata.riffChunk("VP8L", VP8L)));
        assertThat(Metadata.contains(stripped, Metadata.exifWithGps())).isFalse();
        assertThat(FileType.of(stripped)).hasValue(FileType.WEBP);
    }

    @Test
    void keepsASimpleLossyWebpAsItWas() {
        byte[] webp = riff(Metadata.riffChunk("VP8 ", VP8));

        assertThat(WebpMetadata.strip(webp)).isEqualTo(webp);
    }

    @Test
    void dropsAnExifChunkEvenWithoutAVp8xHeader() {
        byte[] webp = riff(Metadata.riffChunk("VP8 ", VP8), Metadata.riffChunk("EXIF", Metadata.exifWithGps()));

        assertThat(WebpMetadata.strip(webp)).isEqualTo(riff(Metadata.riffChunk("VP8 ", VP8)));
    }

    @Test
    void dropsWhatFollowsTheRiffAndCorrectsItsSize() {
        byte[] webp = riff(Metadata.riffChunk("VP8 ", VP8));
        byte[] withTrailer = Metadata.insert(webp, webp.length, Metadata.riffChunk("EXIF", Metadata.exifWithGps()));

        assertThat(WebpMetadata.strip(withTrailer)).isEqualTo(webp);
    }

    @Test
    void refusesAChunkLongerThanTheFile() {
        byte[] webp = riff(Metadata.riffChunk("VP8 ", VP8));
        ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 1000);

        assertThatThrownBy(() -> WebpMetadata.strip(webp)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("does not fit");
    }

    @Test
    void refusesARiffSizePastTheEnd() {
        byte[] webp = riff(Metadata.riffChunk("VP8 ", VP8));

        assertThatThrownBy(() -> WebpMetadata.strip(Arrays.copyOf(webp, webp.length - 4)))
                .isInstanceOf(MalformedFileException.class);
    }

    /** {@code RIFF}, the size of what follows, {@code WEBP} and the chunks. */
    static byte[] riff(byte[]... chunks) {
        int size = 4 + Arrays.stream(chunks).mapToInt(chunk -> chunk.length).sum();
        ByteBuffer riff = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            riff.put(chunk);
        }
        return riff.array();
    }

    /** The extended header: flags, three reserved bytes, a 1x1 canvas (width and height minus one, 24 bits each). */
    private static byte[] vp8x(int flags) {
        return Metadata.riffChunk("VP8X", new byte[] {(byte) flags, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    private static List<String> fourCcs(byte[] webp) {
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        List<String> fourCcs = new ArrayList<>();
        for (int at = 12; at < webp.length; at += 8 + in.getInt(at + 4) + (in.getInt(at + 4) & 1)) {
            fourCcs.add(new String(webp, at, 4, StandardCharsets.US_ASCII));
        }
        return fourCcs;
    }
}
