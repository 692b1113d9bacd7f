package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The files as the JDK's own decoders see them, a reader written by others than the stripping code: whether
 * the picture still decodes, and which metadata the decoder finds.
 */
final class ImageIoView {

    private ImageIoView() {
    }

    /** Asserts that {@code bytes} decode to {@link TestFiles#picture()}: red on the left, blue on the right. */
    static void assertShowsThePicture(byte[] bytes) {
        BufferedImage image = read(bytes);
        assertThat(image).as("decoded by ImageIO").isNotNull();
        assertThat(image.getWidth()).isEqualTo(16);
        assertThat(image.getHeight()).isEqualTo(8);
        assertThat(new Color(image.getRGB(2, 4)).getRed()).as("left is red").isGreaterThan(200);
        assertThat(new Color(image.getRGB(13, 4)).getBlue()).as("right is blue").isGreaterThan(200);
    }

    /**
     * The decoder's native metadata tree, one line per node: its name and attributes
     * ({@code unknown MarkerTag=225} is a JPEG APP1 segment, {@code tEXtEntry keyword=Location ...} a PNG chunk).
     */
    static List<String> metadataNodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                List<String> lines = new ArrayList<>();
                flatten(metadata.getAsTree(metadata.getNativeMetadataFormatName()), lines);
                return lines;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(Node node, List<String> lines) {
        StringBuilder line = new StringBuilder(node.getNodeName());
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            line.append(' ').append(attributes.item(i).getNodeName()).append('=').append(attributes.item(i).getNodeValue());
        }
        lines.add(line.toString());
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            flatten(child, lines);
        }
    }
}
