package io.switchboard.web.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reason core.attachment gives for refusing a file, worded for the user in English and Chinese in the
 * bundle every site surface shares, with the file's name and the limit filled in.
 */
class AttachmentRefusalWordingTest {

    private final ResourceBundleMessageSource messages = messages();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            attachment.count   | 5           |      | At most 5 files can be attached.              | 最多可以附加 5 个文件。
            attachment.empty   | a.png       |      | “a.png” is empty.                             | “a.png”是空文件。
            attachment.size    | scan.pdf    | 5 MB | “scan.pdf” is larger than 5 MB.               | “scan.pdf”超过了 5 MB。
            attachment.type    | run.png     |      | “run.png” is not a PNG, JPEG or WebP image or a PDF file. | “run.png”不是 PNG、JPEG、WebP 图片或 PDF 文件。
            attachment.damaged | cut.jpg     |      | “cut.jpg” could not be read: the image may be damaged. | “cut.jpg”无法读取：图片可能已损坏。
            """)
    void eachRefusalIsWordedInBothLanguages(String key, String first, String second, String english, String chinese) {
        Object[] args = second == null ? new Object[] {first} : new Object[] {first, second};

        assertThat(messages.getMessage(key, args, Locale.ENGLISH)).isEqualTo(english);
        assertThat(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("web/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
