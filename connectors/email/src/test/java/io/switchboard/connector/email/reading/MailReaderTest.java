package io.switchboard.connector.email.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the pipeline reads of a mail: text, HTML, files, threading headers, and which mails it refuses. */
class MailReaderTest {

    @Test
    void aMailWithPlainAndHtmlVersionsIsReadFromItsPlainVersionAndKeepsTheHtmlAsSent() {
        ReadMail mail = TestMails.read("alternative.eml");

        assertThat(mail.text()).isEqualTo("My withdrawal of 0.5 BTC has been pending for two days — order W-8812.\n\nLi Wei");
        assertThat(mail.html()).contains("<b>0.5 BTC</b>");
        assertThat(mail.from()).isEqualTo(new MailAddress("li.wei@example.com", "Li Wei"));
        assertThat(mail.to()).containsExactly(new MailAddress("support@novaex.com", "Novaex Support"));
        assertThat(mail.subject()).isEqualTo("Withdrawal pending");
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-12-07T02:15:00Z"));
        assertThat(mail.files()).isEmpty();
        assertThat(mail.bounce()).isNull();
    }

    @Test
    void anHtmlOnlyMailReadsAsParagraphsLinesListsAndLinksWithoutScriptOrStyle() {
        ReadMail mail = TestMails.read("html-only.eml");

        assertThat(mail.text()).isEqualTo("""
                Hello support,

                I cannot log in since yesterday.
                The app says:
                account locked

                What I tried:

                - resetting my password
                - the 2FA help page (https://novaex.com/help/2fa)

                My e-mail is li.wei@example.com, see https://novaex.com too.""");
        assertThat(mail.text()).doesNotContain("alert").doesNotContain("color").doesNotContain("ignored title");
        assertThat(mail.html()).startsWith("<html>");
    }

    @Test
    void theThreadingHeadersAreReadWithoutAngleBrackets() {
        ReadMail mail = TestMails.read("reply-gmail.eml");

        assertThat(mail.messageId()).isEqualTo("reply-1@mail.example.com");
        assertThat(mail.inReplyTo()).isEqualTo("a1b2c3d4e5f60718293a4b5c6d7e8f90.t-123@novaex.com");
        assertThat(mail.references()).containsExactly("first-1@mail.example.com",
                "a1b2c3d4e5f60718293a4b5c6d7e8f90.t-123@novaex.com");
        assertThat(mail.headers().get("return-path")).containsExactly("<li.wei@example.com>");
    }

    @Test
    void attachmentsAndInlineImagesBecomeFilesWithTheirDecodedNamesTypesAndBytes() {
        ReadMail mail = TestMails.read("attachments.eml");

        assertThat(mail.text()).isEqualTo("The screenshot is below and the statement attached.");
        assertThat(mail.html()).contains("cid:shot1@example.com");
        assertThat(mail.files()).extracting(MailFile::filename, MailFile::declaredType, MailFile::inline).containsExactly(
                tuple("screenshot.png", "image/png", true),
                tuple("提币记录.pdf", "application/pdf", false),
                tuple("身份证正面.jpg", "image/jpeg", false),
                tuple("Your withdrawal W-8812.eml", "message/rfc822", false),
                tuple("tx-hash.txt", "text/plain", false));
        assertThat(mail.files().get(0).bytes()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(mail.files().get(1).bytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        assertThat(new String(mail.files().get(3).bytes(), StandardCharsets.UTF_8))
                .contains("Message-ID: <earlier-1@novaex.com>").contains("Your withdrawal is being reviewed.");
        assertThat(mail.text()).as("an attached text file is not the body").doesNotContain("0x9f8e7d6c5b4a");
    }

    @Test
    void aCorruptPartIsSkippedAndTheRestOfTheMailIsRead() {
        ReadMail mail = TestMails.read("attachments.eml");

        assertThat(mail.files()).extracting(MailFile::filename).doesNotContain("broken.bin").hasSize(5);
        assertThat(mail.visibleText()).isEqualTo("The screenshot is below and the statement attached.");
    }

    @Test
    void aMailWithoutSenderIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> TestMails.read("no-from.eml"))
                .isInstanceOf(UnreadableMailException.class).hasMessageContaining("no From address");
    }

    @Test
    void aMailWhoseStructureCannotBeParsedIsRefused() {
        assertThatThrownBy(() -> TestMails.read("broken-mime.eml"))
                .isInstanceOf(UnreadableMailException.class).hasMessageStartingWith("the mail cannot be read");
    }
}
