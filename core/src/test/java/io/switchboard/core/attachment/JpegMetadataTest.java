package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A phone's photo with its location in Exif and XMP: stored without them, still the same picture. */
class JpegMetadataTest {

    /** The JFIF APP0 segment ImageIO writes first is 18 bytes long, after the 2 bytes of SOI. */
    private static final int AFTER_APP0 = 2 + 18;

    @Test
    void theJdkSeesTheLocationInTheTestPhoto() {
        assertThat(ImageIoView.metadataNodes(photoWithLocation()))
                .filteredOn(node -> node.equals("unknown MarkerTag=225")).hasSize(2);
    }

    @Test
    void dropsExifAndXmpAndKeepsThePicture() {
        byte[] stripped = JpegMetadata.strip(photoWithLocation());

        assertThat(ImageIoView.metadataNodes(stripped)).noneMatch(node -> node.contains("MarkerTag=225"));
        assertThat(Metadata.contains(stripped, "Exif\0\0")).isFalse();
        assertThat(Metadata.contains(stripped, Metadata.exifWithGps())).isFalse();
        assertThat(Metadata.contains(stripped, "GPSLatitude")).isFalse();
        ImageIoView.assertShowsThePicture(stripped);
    }

    @Test
    void leavesAPhotoWithoutMetadataAsItWas() {
        byte[] plain = TestFiles.jpeg();

        assertThat(JpegMetadata.strip(plain)).isEqualTo(plain);
    }

    @Test
    void walksEveryScanOfAProgressiveJpeg() {
        byte[] progressive = Metadata.insert(TestFiles.progressiveJpeg(), AFTER_APP0, Metadata.exifApp1());

        byte[] stripped = JpegMetadata.strip(progressive);

        assertThat(Metadata.contains(stripped, "Exif\0\0")).isFalse();
        assertThat(stripped).hasSize(progressive.length - Metadata.exifApp1().length);
        ImageIoView.assertShowsThePicture(stripped);
    }

    @Test
    void dropsWhatFollowsTheEndOfTheImage() {
        byte[] plain = TestFiles.jpeg();
        byte[] withTrailer = Metadata.insert(plain, plain.length, Metadata.exifApp1());

        assertThat(JpegMetadata.strip(withTrailer)).isEqualTo(plain);
    }

    @Test
    void refusesAJpegCutOffInsideASegment() {
        byte[] cut = Arrays.copyOf(photoWithLocation(), AFTER_APP0 + 10);

        assertThatThrownBy(() -> JpegMetadata.strip(cut)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("does not fit");
    }

    @Test
    void refusesAJpegWhoseImageDataNeverEnds() {
        byte[] plain = TestFiles.jpeg();
        byte[] noEnd = Arrays.copyOf(plain, plain.length - 2);

        assertThatThrownBy(() -> JpegMetadata.strip(noEnd)).isInstanceOf(MalformedFileException.class);
    }

    static byte[] photoWithLocation() {
        return Metadata.insert(TestFiles.jpeg(), AFTER_APP0, Metadata.exifApp1(), Metadata.xmpApp1());
    }
}
