package io.switchboard.connector.email.reading;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Mail in the charsets members really use reads as the right characters, labels and all. */
class MailCharsetTest {

    @Test
    void gbkTextLabelledGb2312ReadsWithTheCharactersGb2312Lacks() {
        ReadMail mail = TestMails.read("gb2312-labelled-gbk.eml");

        assertThat(mail.subject()).isEqualTo("账户被冻结 张喆");
        assertThat(mail.from().name()).isEqualTo("张喆");
        assertThat(mail.text()).isEqualTo("您好，我是张喆，我的账户被冻结了，请帮忙解冻。");
    }

    @Test
    void aGbkSubjectSplitInTheMiddleOfACharacterAcrossTwoEncodedWordsReadsWhole() {
        ReadMail mail = TestMails.read("gbk-split-words.eml");

        assertThat(mail.subject()).isEqualTo("提币一直没有到账");
        assertThat(mail.text()).isEqualTo("提币一直没有到账，交易哈希在附件里。");
    }

    @Test
    void gb18030ReadsItsFourByteCharacters() {
        ReadMail mail = TestMails.read("gb18030.eml");

        assertThat(mail.subject()).isEqualTo("生僻字𠮷");
        assertThat(mail.text()).isEqualTo("我的名字里有𠮷字，实名认证总是失败。");
    }

    @Test
    void big5ReadsAsTraditionalChineseWithTheHongKongCharacters() {
        ReadMail mail = TestMails.read("big5.eml");

        assertThat(mail.subject()).isEqualTo("提幣問題");
        assertThat(mail.from().name()).isEqualTo("陳大文");
        assertThat(mail.text()).isEqualTo("我嘅帳戶被鎖咗，唔該幫手。");
    }

    @Test
    void iso2022JpReadsAsJapanese() {
        ReadMail mail = TestMails.read("iso-2022-jp.eml");

        assertThat(mail.subject()).isEqualTo("出金について");
        assertThat(mail.from().name()).isEqualTo("佐藤");
        assertThat(mail.text()).isEqualTo("出金が反映されません。");
    }

    @Test
    void anUnknownCharsetLabelFallsBackToWhatTheBytesAre() {
        assertThat(TestMails.read("unknown-charset.eml").text()).isEqualTo("Déposit of 100 USDT is missing – please check.");
    }

    @Test
    void aMailWithoutCharsetInGbkAndARawUtf8SubjectReadsRight() {
        ReadMail mail = TestMails.read("no-charset-gbk.eml");

        assertThat(mail.subject()).isEqualTo("充值未到账");
        assertThat(mail.text()).isEqualTo("我的充值还没有到账。");
    }

    @Test
    void encodedWordsInQAndBFormsAreJoinedAndPlainTextAroundThemKept() {
        assertThat(MailCharsets.decodeWords("Re: =?UTF-8?Q?Caf=C3=A9_order?= =?utf-8?B?IOKAlCBkb25l?= [T-9]"))
                .isEqualTo("Re: Café order — done [T-9]");
        assertThat(MailCharsets.decodeWords("=?x-no-such-charset?B?5o+Q5biB?=")).isEqualTo("提币");
    }

    @Test
    void rfc2231FilenamesLabelledGb2312OrBig5ReadAsTheSupersetLikeTheBody() throws Exception {
        ReadMail mail = new MailReader().read(withAttachments(
                "Content-Disposition: attachment; filename*=gb2312''%D5%C5%86%B4%B5%C4%BD%D8%CD%BC.pdf",
                "Content-Disposition: attachment;\r\n filename*0*=big5''%9D%F7;\r\n filename*1=.pdf"));

        assertThat(mail.files()).extracting(MailFile::filename).containsExactly("张喆的截图.pdf", "咗.pdf");
    }

    /** A text body and one PDF part per Content-Disposition given. */
    private static MimeMessage withAttachments(String... dispositions) throws Exception {
        StringBuilder raw = new StringBuilder("From: zhe@example.cn\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nSee files.\r\n");
        for (String disposition : dispositions) {
            raw.append("--b\r\nContent-Type: application/pdf\r\n").append(disposition)
                    .append("\r\n\r\n%PDF-1.4\r\n");
        }
        raw.append("--b--\r\n");
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.toString().getBytes(StandardCharsets.US_ASCII)));
    }
}
