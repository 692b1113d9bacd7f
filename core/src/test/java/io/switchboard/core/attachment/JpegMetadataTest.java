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
        byte[] plain = TestFiles.progressiveJpeg();
        // one Exif block up front, one between the first and the second scan: both are segments of the file
        byte[] progressive = Metadata.insert(plain, secondScan(plain), Metadata.exifApp1());
        progressive = Metadata.insert(progressive, AFTER_APP0, Metadata.exifApp1());

        byte[] stripped = JpegMetadata.strip(progressive);

        assertThat(stripped).isEqualTo(plain);
        ImageIoView.assertShowsThePicture(stripped);
    }

    /** Where the second SOS marker is: in the scans' data an FF byte is always followed by 00 or a restart. */
    private static int secondScan(byte[] jpeg) {
        int found = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA && ++found == 2) {
                return i;
            }
        }
        throw new AssertionError("not a progressive JPEG: fewer than two scans");
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
