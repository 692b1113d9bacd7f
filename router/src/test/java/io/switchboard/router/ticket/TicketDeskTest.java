package io.switchboard.router.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketDeskTest {

    /** Issue 11: subjects were cut mid-word at 80 characters. */
    @Test
    void aLongSubjectIsCutAfterAWholeWordAndMarkedAsCut() {
        String text = "My withdrawal of 500 USDT\nhas been pending since yesterday and support has not answered "
                + "my emails, please help me";

        String subject = TicketDesk.subjectOf(text);

        assertThat(subject).isEqualTo("My withdrawal of 500 USDT has been pending since yesterday and support has not…")
                .doesNotContain("\n");
        assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(80);
    }

    @Test
    void chineseIsCutBetweenCharacters() {
        String text = "我的提现已经处理了两天还没有到账".repeat(6);

        String subject = TicketDesk.subjectOf(text);

        assertThat(subject).hasSize(80).endsWith("…").startsWith("我的提现已经处理了两天");
    }

    @Test
    void subjectNeverCutsACharacterInHalf() {
        String emoji = "🚨".repeat(100);

        assertThat(TicketDesk.subjectOf(emoji)).isEqualTo("🚨".repeat(79) + "…");
    }

    @Test
    void shortTextIsTheWholeSubject() {
        assertThat(TicketDesk.subjectOf("  提现没到账  ")).isEqualTo("提现没到账");
        assertThat(TicketDesk.subjectOf("")).isEqualTo("(no text)");
    }
}
