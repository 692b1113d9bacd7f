package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type of a file is what its bytes say, whatever it is called. */
class FileTypeTest {

    @Test
    void recognisesTheFourTypesByTheirSignatures() {
        assertThat(FileType.of(TestFiles.png())).hasValue(FileType.PNG);
        assertThat(FileType.of(TestFiles.jpeg())).hasValue(FileType.JPEG);
        assertThat(FileType.of(WebpMetadataTest.riff(Metadata.riffChunk("VP8 ", new byte[8])))).hasValue(FileType.WEBP);
        assertThat(FileType.of(TestFiles.pdf())).hasValue(FileType.PDF);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(FileType.of(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")))
                .as("SVG").isEmpty();
        assertThat(FileType.of(ascii("<!doctype html><html>"))).as("HTML").isEmpty();
        assertThat(FileType.of(ascii("GIF89a\u0001\u0000\u0001\u0000"))).as("GIF").isEmpty();
        assertThat(FileType.of(ascii("PK\u0003\u0004 a zip, a docx or an apk"))).as("ZIP").isEmpty();
        assertThat(FileType.of(ascii("MZ\u0090\u0000 a Windows program"))).as("EXE").isEmpty();
        assertThat(FileType.of(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).as("WAV, also RIFF").isEmpty();
        assertThat(FileType.of(ascii(" %PDF-1.4"))).as("a signature not at the start").isEmpty();
        assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N'})).as("a signature cut short").isEmpty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
