package io.switchboard.connector.email.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agents and the answer engine see what the member wrote this time, whichever client quoted the rest. */
class ReplyTextTest {

    @Test
    void gmailsAttributionWrappedOverTwoLinesAndTheQuoteBelowItAreCut() {
        ReadMail mail = TestMails.read("reply-gmail.eml");

        assertThat(mail.visibleText()).isEqualTo("It arrived now, thank you!");
        assertThat(mail.text()).as("the whole mail is kept").contains("> Your withdrawal W-8812 was approved");
    }

    @Test
    void gmailsHtmlOnlyReplyLosesItsQuotedBlock() {
        assertThat(TestMails.read("reply-gmail-html.eml").visibleText()).isEqualTo("Yes, that was me.");
    }

    @Test
    void outlooksFromSentSubjectBlockUnderItsRuleIsCut() {
        assertThat(TestMails.read("reply-outlook.eml").visibleText())
                .isEqualTo("Thanks, but the amount is wrong: I received 0.45 BTC, not 0.5.\n\nRegards,\nLi Wei");
    }

    @Test
    void outlooksOriginalMessageLineIsCut() {
        assertThat(TestMails.read("reply-outlook-original-message.eml").visibleText()).isEqualTo("Please close the ticket.");
    }

    @Test
    void outlookInChineseIsCutAtItsSenderBlock() {
        assertThat(TestMails.read("reply-outlook-zh.eml").visibleText()).isEqualTo("已经收到了，谢谢。");
    }

    @Test
    void appleMailsAttributionAndTheSentFromMyIphoneLineAreCut() {
        assertThat(TestMails.read("reply-apple-mail.eml").visibleText()).isEqualTo("Still nothing in my wallet.");
    }

    @Test
    void aQqReplyShowsOnlyTheNewLine() {
        ReadMail mail = TestMails.read("reply-qq.eml");

        assertThat(mail.visibleText()).isEqualTo("好的，我再等一下。");
        assertThat(mail.from()).isEqualTo(new MailAddress("123456@qq.com", "李伟"));
        assertThat(mail.subject()).isEqualTo("Re: [T-123] 提币未到账");
    }

    @Test
    void aNetEaseReplyLosesItsWroteLineAndTheMobileSignature() {
        assertThat(TestMails.read("reply-163.eml").visibleText()).isEqualTo("还是没有到账，交易哈希是 0x9f8e。");
    }

    @Test
    void aNetEaseReplyIsCutAtItsOriginalMailLine() {
        assertThat(TestMails.read("reply-163-original.eml").visibleText()).isEqualTo("请帮我查一下。");
    }

    @Test
    void theSignatureBelowTheDashDashLineIsCut() {
        ReadMail mail = TestMails.read("reply-signature.eml");

        assertThat(mail.visibleText()).isEqualTo("Where is my money?");
        assertThat(mail.text()).contains("+86 138 0000 0000");
    }

    @Test
    void aMemberWhoWroteOnlyAQuoteLookingLineKeepsIt() {
        assertThat(TestMails.read("reply-only-quote.eml").visibleText()).isEqualTo("> Your withdrawal W-8812 was approved.");
    }

    @Test
    void anAnswerWrittenBelowTheQuoteIsKept() {
        assertThat(TestMails.read("reply-bottom-posted.eml").visibleText()).isEqualTo("No, it did not.");
    }

    @Test
    void sentencesThatOnlyLookLikeQuoteHeadersStay() {
        String text = "On Monday I deposited 200 USDT.\nFrom: my Binance account\nIt has not arrived.\n发自内心感谢你们的帮助";

        assertThat(ReplyText.visible(text, "Deposit")).isEqualTo(text);
    }

    @Test
    void aForwardedMailIsWhatTheMemberSendsUsAndStaysWhole() {
        String forward = "Is this really from you?\n\n---------- Forwarded message ---------\nFrom: Novaex <security@novaex-verify.com>\n"
                + "Date: Mon, 7 Dec 2026 at 08:00\nSubject: Verify your wallet\nTo: <li.wei@example.com>\n\nSend your seed phrase.";
        String outlookForward = "Is this from you?\n\n________________________________\nFrom: Novaex <security@novaex-verify.com>\n"
                + "Sent: Monday, December 7, 2026 8:00 AM\nSubject: Verify your wallet\n\nSend your seed phrase.";

        assertThat(ReplyText.visible(forward, "Fwd: Verify your wallet")).contains("Send your seed phrase.");
        assertThat(ReplyText.visible(forward, "Is this you?")).contains("Send your seed phrase.");
        assertThat(ReplyText.visible(outlookForward, "FW: Verify your wallet")).contains("Send your seed phrase.");
    }
}
