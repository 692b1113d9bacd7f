package io.switchboard.connector.email.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mail server's report that our reply did not arrive names the reply, the address and the reason. */
class BounceReadingTest {

    @Test
    void anRfc3464ReportWithTheReturnedMessageNamesOurMessageTheRecipientAndTheServersWords() {
        ReadMail mail = TestMails.read("bounce-dsn.eml");

        assertThat(mail.bounce()).isEqualTo(new Bounce("a1b2c3d4e5f60718293a4b5c6d7e8f90.t-123@novaex.com",
                "gone.user@example.org",
                "550 5.1.1 <gone.user@example.org>: Recipient address rejected: User unknown (status 5.1.1)"));
        assertThat(MachineMail.noAnswerReason(mail)).hasValueSatisfying(reason -> assertThat(reason).startsWith("bounce: ").contains("550 5.1.1"));
    }

    @Test
    void anRfc3464ReportWithOnlyTheReturnedHeadersStillNamesOurMessage() {
        assertThat(TestMails.read("bounce-dsn-headers-only.eml").bounce()).isEqualTo(new Bounce(
                "feedbeef00112233445566778899aabb.t-123@novaex.com", "full.box@example.net", "552 5.2.2 Mailbox full (status 5.2.2)"));
    }

    @Test
    void aDelayWarningIsNoBounceButIsNeverAnswered() {
        ReadMail mail = TestMails.read("delay-dsn.eml");

        assertThat(mail.bounce()).isNull();
        assertThat(MachineMail.noAnswerReason(mail)).isPresent();
    }

    @Test
    void aMailerDaemonsBounceInProseNamesTheQuotedOriginal() {
        Bounce bounce = TestMails.read("bounce-prose.eml").bounce();

        assertThat(bounce.originalMessageId()).isEqualTo("0123456789abcdef0123456789abcdef.t-124@novaex.com");
        assertThat(bounce.recipient()).isEqualTo("old.member@example.org");
        assertThat(bounce.reason()).isEqualTo("Sorry, no mailbox here by that name. (#5.1.1)");
    }

    @Test
    void aPersonsMailIsNoBounce() {
        assertThat(TestMails.read("person.eml").bounce()).isNull();
        assertThat(TestMails.read("reply-outlook.eml").bounce()).isNull();
    }
}
