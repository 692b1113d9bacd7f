package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** A screenshot carrying Exif and text chunks: stored without them, still the same picture. */
class PngMetadataTest {

    /** The signature (8) and the IHDR chunk (12 + 13): where a tool puts its metadata chunks. */
    private static final int AFTER_IHDR = 8 + 12 + 13;

    @Test
    void theJdkSeesTheMetadataInTheTestScreenshot() {
        assertThat(ImageIoView.metadataNodes(screenshotWithLocation()))
                .anyMatch(node -> node.startsWith("tEXtEntry") && node.contains("keyword=Location"))
                .anyMatch(node -> node.startsWith("iTXtEntry"))
                .anyMatch(node -> node.startsWith("zTXtEntry"))
                .anyMatch(node -> node.equals("UnknownChunk type=eXIf"));
    }

    @Test
    void dropsExifAndTextChunksAndKeepsThePicture() {
        byte[] stripped = PngMetadata.strip(screenshotWithLocation());

        assertThat(ImageIoView.metadataNodes(stripped))
                .noneMatch(node -> node.matches("(tEXt|iTXt|zTXt)Entry.*") || node.contains("eXIf"));
        assertThat(Metadata.contains(stripped, Metadata.exifWithGps())).isFalse();
        assertThat(Metadata.contains(stripped, "Hong Kong")).isFalse();
        assertThat(stripped).isEqualTo(TestFiles.png());
        ImageIoView.assertShowsThePicture(stripped);
    }

    @Test
    void dropsWhatFollowsTheEndChunk() {
        byte[] plain = TestFiles.png();
        byte[] withTrailer = Metadata.insert(plain, plain.length, Metadata.pngChunk("eXIf", Metadata.exifWithGps()));

        assertThat(PngMetadata.strip(withTrailer)).isEqualTo(plain);
    }

    @Test
    void refusesAPngWithAChunkLongerThanTheFile() {
        byte[] cut = Arrays.copyOf(screenshotWithLocation(), AFTER_IHDR + 20);

        assertThatThrownBy(() -> PngMetadata.strip(cut)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("does not fit");
    }

    @Test
    void refusesAPngWithoutAnEnd() {
        byte[] plain = TestFiles.png();

        assertThatThrownBy(() -> PngMetadata.strip(Arrays.copyOf(plain, plain.length - 12)))
                .isInstanceOf(MalformedFileException.class).hasMessageContaining("IEND");
    }

    private static byte[] screenshotWithLocation() {
        return Metadata.insert(TestFiles.png(), AFTER_IHDR,
                Metadata.pngChunk("eXIf", Metadata.exifWithGps()),
                Metadata.pngChunk("tEXt", latin1("Location\0Hong Kong")),
                Metadata.pngChunk("iTXt", utf8("XML:com.adobe.xmp\0\0\0\0\0" + Metadata.XMP)),
                Metadata.pngChunk("zTXt", zTxt("Comment", "Hong Kong")));
    }

    /** A zTXt chunk's data: the keyword, compression method 0 and the text as a zlib stream. */
    private static byte[] zTxt(String keyword, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1(keyword + "\0\0"));
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(latin1(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
