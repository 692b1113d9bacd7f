package io.switchboard.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.testing.StoppedClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Files users attach, on the real schema (Flyway on H2 in PostgreSQL mode): what is taken, what is refused
 * with which message, and that a refused batch leaves nothing behind.
 */
@JdbcTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:attachments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.attachments.max-files=3", "switchboard.attachments.max-bytes=2KB"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = AttachmentsTest.Slice.class)
class AttachmentsTest {

    @Configuration(proxyBeanMethods = false)
    @Import({Attachments.class, AttachmentsConfiguration.class})
    static class Slice {
        @Bean
        StoppedClock clock() {
            return new StoppedClock(Instant.parse("2026-12-07T09:00:00Z"));
        }
    }

    @Autowired
    Attachments attachments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesAPdfUnderItsRealTypeAndGivesItBack() {
        byte[] pdf = TestFiles.pdf();

        List<StoredAttachment> stored = attachments.storeAll(List.of(new UploadedFile("invoice.png", pdf)), "ana");

        StoredAttachment meta = stored.get(0);
        assertThat(meta.filename()).isEqualTo("invoice.pdf");
        assertThat(meta.contentType()).isEqualTo("application/pdf");
        assertThat(meta.size()).isEqualTo(pdf.length);
        assertThat(meta.reference()).isEqualTo(new Attachment("document", "stored:" + meta.id(), "application/pdf"));
        AttachmentContent content = attachments.content(meta.id()).orElseThrow();
        assertThat(content.meta()).isEqualTo(meta);
        assertThat(content.bytes()).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("select uploaded_by from attachment where id = ?", String.class, meta.id()))
                .isEqualTo("ana");
    }

    @Test
    void anImageIsAPhotoInTheThread() {
        StoredAttachment png = attachments.storeAll(List.of(new UploadedFile("shot.png", TestFiles.png())), "ana")
                .get(0);

        assertThat(png.reference().kind()).isEqualTo("photo");
        assertThat(png.reference().mimeType()).isEqualTo("image/png");
    }

    @Test
    void refusesAScriptNamedLikeAnImageAndStoresNoneOfTheBatch() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        List<UploadedFile> batch = List.of(new UploadedFile("fine.pdf", TestFiles.pdf()),
                new UploadedFile("photo.png", script));

        assertThatThrownBy(() -> attachments.storeAll(batch, "ana"))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("attachment.type");
                    assertThat(refused.args()).containsExactly("photo.png");
                });
        assertThat(storedCount()).isZero();
    }

    @Test
    void refusesMoreFilesThanAllowed() {
        List<UploadedFile> four = Collections.nCopies(4, new UploadedFile("a.pdf", TestFiles.pdf()));

        assertThatThrownBy(() -> attachments.storeAll(four, "ana"))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("attachment.count");
                    assertThat(refused.args()).containsExactly(3);
                });
        assertThat(storedCount()).isZero();
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] large = TestFiles.pdfOfSize(2049);

        assertThatThrownBy(() -> attachments.storeAll(List.of(new UploadedFile("big.pdf", large)), "ana"))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("attachment.size");
                    assertThat(refused.args()).containsExactly("big.pdf", "2 KB");
                });
        assertThat(attachments.storeAll(List.of(new UploadedFile("edge.pdf", TestFiles.pdfOfSize(2048))), "ana"))
                .hasSize(1);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> attachments.storeAll(List.of(new UploadedFile("empty.png", new byte[0])), "ana"))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attachment.empty"));
        assertThat(storedCount()).isZero();
    }

    @Test
    void anUnknownIdHasNoContent() {
        assertThat(attachments.content(987_654)).isEmpty();
    }

    @Test
    void readsTheIdOfAStoredFileOnly() {
        assertThat(Attachments.idOf("stored:42")).hasValue(42);
        assertThat(Attachments.idOf("AgACAgIAAxkBAAIB")).isEmpty();
        assertThat(Attachments.idOf("stored:")).isEmpty();
        assertThat(Attachments.idOf("stored:-1")).isEmpty();
        assertThat(Attachments.idOf(null)).isEmpty();
    }

    private int storedCount() {
        return jdbc.queryForObject("select count(*) from attachment", Integer.class);
    }
}
