package io.switchboard.core.attachment;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real files for the tests: images drawn and encoded by ImageIO, a small valid PDF. */
final class TestFiles {

    private static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    private TestFiles() {
    }

    static byte[] pdf() {
        return PDF.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF padded with a comment line to exactly {@code size} bytes. */
    static byte[] pdfOfSize(int size) {
        byte[] pdf = Arrays.copyOf(pdf(), size);
        Arrays.fill(pdf, pdf().length, size, (byte) ' ');
        return pdf;
    }

    static byte[] png() {
        return encode("png");
    }

    static byte[] jpeg() {
        return encode("jpeg");
    }

    /** A 16x8 picture, red on the left and blue on the right, so a decoded image can be told from a blank one. */
    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, (x < 8 ? Color.RED : Color.BLUE).getRGB());
            }
        }
        return image;
    }

    private static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(picture(), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
