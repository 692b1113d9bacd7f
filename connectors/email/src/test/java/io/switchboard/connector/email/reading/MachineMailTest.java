package io.switchboard.connector.email.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which mails are never answered (RFC 3834), and which claim the exchange's domain from outside. */
class MachineMailTest {

    private static final List<String> OURS = List.of("novaex.com");

    @Test
    void aPersonsMailMayBeAnswered() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml"))).isEmpty();
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml", "Auto-Submitted: no"))).isEmpty();
    }

    @Test
    void anOutOfOfficeReplyIsNeverAnswered() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("auto-reply.eml")))
                .hasValue("auto-submitted: auto-replied");
    }

    @Test
    void autoReplyHeadersOfOlderClientsAreHeeded() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml", "X-Autoreply: yes")))
                .hasValue("auto-reply-header: X-Autoreply");
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml", "X-Autorespond: on vacation")))
                .hasValue("auto-reply-header: X-Autorespond");
    }

    @Test
    void massMailIsNeverAnswered() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml", "Precedence: bulk")))
                .hasValue("precedence: bulk");
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml", "Precedence: junk"))).isPresent();
        assertThat(MachineMail.noAnswerReason(TestMails.read("list-mail.eml")))
                .hasValue("list: Crypto Weekly <weekly.lists.example.com>");
    }

    @Test
    void anUnsubscribeLinkAloneDoesNotMakeAMailMachineMail() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("person.eml",
                "List-Unsubscribe: <mailto:unsubscribe@example.com>"))).isEmpty();
    }

    @Test
    void mailFromAnAddressNobodyReadsIsNeverAnswered() {
        for (String sender : List.of("noreply@example.com", "no-reply@accounts.example.com", "MAILER-DAEMON@mx.example.com",
                "postmaster@example.com")) {
            assertThat(MachineMail.noAnswerReason(TestMails.read("no-from.eml", "From: " + sender)))
                    .as(sender).hasValue("unread-sender: " + sender.toLowerCase());
        }
    }

    @Test
    void anEmptyReturnPathMarksAutomaticMail() {
        assertThat(MachineMail.noAnswerReason(TestMails.read("no-from.eml", "Return-Path: <>", "From: li.wei@example.com")))
                .hasValue("empty-return-path");
    }

    @Test
    void ourDomainFromOutsideWithDmarcFailingIsImpersonation() {
        ReadMail mail = TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=fail smtp.mailfrom=novaex.com; dkim=none; dmarc=fail (p=reject) header.from=novaex.com",
                "From: \"Novaex Security\" <security@novaex.com>");

        assertThat(MachineMail.impersonation(mail, OURS))
                .hasValue("claims novaex.com but DMARC failed (Authentication-Results of mx.novaex.com)");
    }

    @Test
    void aSubdomainOfOursFailingSpfWithoutOurDkimIsImpersonation() {
        ReadMail mail = TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=softfail smtp.mailfrom=mail.novaex.com; dkim=pass header.d=evil.example",
                "From: alerts@mail.novaex.com");

        assertThat(MachineMail.impersonation(mail, OURS)).hasValue("claims mail.novaex.com but SPF soft-failed and no DKIM "
                + "signature of novaex.com passed (Authentication-Results of mx.novaex.com)");
    }

    @Test
    void ourOwnSignedMailFailingOnlySpfIsNotImpersonation() {
        ReadMail forwarded = TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=fail smtp.mailfrom=novaex.com; dkim=pass header.d=novaex.com; dmarc=pass",
                "From: staff@novaex.com");

        assertThat(MachineMail.impersonation(forwarded, OURS)).isEmpty();
    }

    @Test
    void onlyTheTopmostResultsCountSoASenderCannotWriteItsOwnPass() {
        ReadMail forged = TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=fail smtp.mailfrom=novaex.com; dmarc=fail header.from=novaex.com",
                "Authentication-Results: mx.novaex.com; spf=pass; dkim=pass header.d=novaex.com; dmarc=pass",
                "From: security@novaex.com");

        assertThat(MachineMail.impersonation(forged, OURS)).isPresent();
    }

    @Test
    void passingAbsentOrOtherDomainsResultsAreNoImpersonation() {
        assertThat(MachineMail.impersonation(TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=pass; dkim=pass header.d=novaex.com; dmarc=pass",
                "From: staff@novaex.com"), OURS)).isEmpty();
        assertThat(MachineMail.impersonation(TestMails.read("no-from.eml", "From: staff@novaex.com"), OURS)).isEmpty();
        assertThat(MachineMail.impersonation(TestMails.read("no-from.eml",
                "Authentication-Results: mx.novaex.com; spf=fail; dmarc=fail", "From: someone@notnovaex.com"), OURS)).isEmpty();
    }
}
