package io.switchboard.router.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketDeskTest {

    @Test
    void subjectIsTheFirstEightyCharactersOnOneLine() {
        String text = "My withdrawal of 500 USDT\nhas been pending since yesterday and support has not answered "
                + "my emails, please help me";

        String subject = TicketDesk.subjectOf(text);

        assertThat(subject).hasSize(80).doesNotContain("\n")
                .startsWith("My withdrawal of 500 USDT has been pending");
    }

    @Test
    void subjectNeverCutsACharacterInHalf() {
        String emoji = "🚨".repeat(100);

        assertThat(TicketDesk.subjectOf(emoji)).isEqualTo("🚨".repeat(80));
    }

    @Test
    void shortTextIsTheWholeSubject() {
        assertThat(TicketDesk.subjectOf("  提现没到账  ")).isEqualTo("提现没到账");
        assertThat(TicketDesk.subjectOf("")).isEqualTo("(no text)");
    }
}
