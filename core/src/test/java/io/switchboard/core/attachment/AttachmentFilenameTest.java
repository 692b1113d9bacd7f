package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a file is kept under: its own, cleaned, with the extension of what it really is. */
class AttachmentFilenameTest {

    @Test
    void keepsAPlainNameWithTheExtensionOfTheRealType() {
        assertThat(AttachmentFilename.of("receipt.PNG", FileType.PNG)).isEqualTo("receipt.png");
        assertThat(AttachmentFilename.of("receipt.jpeg", FileType.JPEG)).isEqualTo("receipt.jpg");
        assertThat(AttachmentFilename.of("充值截图.webp", FileType.WEBP)).isEqualTo("充值截图.webp");
        assertThat(AttachmentFilename.of("statement", FileType.PDF)).isEqualTo("statement.pdf");
    }

    @Test
    void givesAFileTheExtensionOfWhatItIsNotWhatItClaims() {
        assertThat(AttachmentFilename.of("invoice.png", FileType.PDF)).isEqualTo("invoice.pdf");
        assertThat(AttachmentFilename.of("photo.jpg.exe", FileType.JPEG)).isEqualTo("photo.jpg.jpg");
    }

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(AttachmentFilename.of("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFilename.of("C:\\Users\\ana\\Desktop\\id card.jpg", FileType.JPEG)).isEqualTo("id card.jpg");
    }

    @Test
    void dropsControlAndInvisibleFormattingCharacters() {
        assertThat(AttachmentFilename.of("a\u0000b\r\nc.pdf", FileType.PDF)).isEqualTo("abc.pdf");
        // a right-to-left override would show "photo\u202Egpj.exe" as "photoexe.jpg"
        assertThat(AttachmentFilename.of("photo\u202Egpj.exe", FileType.PNG)).isEqualTo("photogpj.png");
    }

    @Test
    void namesAFileThatHasNoUsableName() {
        assertThat(AttachmentFilename.of(null, FileType.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentFilename.of("  ", FileType.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentFilename.of(".png", FileType.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentFilename.of("folder/", FileType.PDF)).isEqualTo("attachment.pdf");
        assertThat(AttachmentFilename.of("..hidden..", FileType.PDF)).isEqualTo("hidden.pdf");
    }

    @Test
    void capsTheLengthWithoutSplittingACharacter() {
        String name = AttachmentFilename.of("x".repeat(95) + "😀😀😀.png", FileType.PNG);

        assertThat(name).hasSizeLessThanOrEqualTo(AttachmentFilename.MAX_LENGTH).endsWith(".png");
        assertThat(name.codePoints()).as("no half of a pair left").noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        assertThat(AttachmentFilename.of("y".repeat(300) + ".pdf", FileType.PDF)).isEqualTo("y".repeat(96) + ".pdf");
    }
}
