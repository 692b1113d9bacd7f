package io.switchboard.core.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a member's message a proposed phrasing keeps, and which questions count as the same. */
class MemberQuestionTest {

    @Test
    void whatIdentifiesTheMemberOrTheirAccountIsLeftOut() {
        assertThat(MemberQuestion.clean("@crypto_lin hi, mail me at lin.chen+x@example.com or call +86 138 0013 8000:"
                + " why is withdrawal 0x9f3c2a1b4d5e6f708192a3b4c5d6e7f8091a2b3c stuck? https://t.me/c/1/2"))
                .isEqualTo("hi, mail me at or call : why is withdrawal stuck?");
        assertThat(MemberQuestion.clean("我的UID 48213377 提币一直没到账，订单号 2024-1207-5531"))
                .isEqualTo("我的UID 提币一直没到账，订单号");
    }

    @Test
    void amountsDatesAndShortNumbersStay() {
        assertThat(MemberQuestion.clean("Withdrew 500 USDT on 12/07, fee was 1.5, why?"))
                .isEqualTo("Withdrew 500 USDT on 12/07, fee was 1.5, why?");
    }

    @Test
    void aLongMessageIsCutAfterAWholeWordAndOnOneLine() {
        String question = MemberQuestion.clean("why is my withdrawal\n\nstill pending " + "again and ".repeat(60));

        assertThat(question).startsWith("why is my withdrawal still pending again").endsWith("…").doesNotContain("\n");
        assertThat(question.codePointCount(0, question.length())).isLessThanOrEqualTo(MemberQuestion.MAX_LENGTH);
        assertThat(question).doesNotEndWith("an…").doesNotEndWith("ag…");
    }

    @Test
    void nothingButLinksAndHandlesIsNoQuestion() {
        assertThat(MemberQuestion.clean("@support https://example.com 123456789")).isEmpty();
        assertThat(MemberQuestion.fold("  ?!  👍 ")).isEmpty();
    }

    @Test
    void caseSpacingPunctuationEmojiAndFullWidthFormsFoldAlike() {
        assertThat(MemberQuestion.fold("How do I withdraw USDT?! 🙏"))
                .isEqualTo(MemberQuestion.fold("how do i  withdraw ＵＳＤＴ"))
                .isEqualTo("howdoiwithdrawusdt");
        assertThat(MemberQuestion.fold("提币 没到账？")).isEqualTo(MemberQuestion.fold("提币没到账"));
        assertThat(MemberQuestion.fold("提币没到账")).isNotEqualTo(MemberQuestion.fold("充值没到账"));
    }
}
