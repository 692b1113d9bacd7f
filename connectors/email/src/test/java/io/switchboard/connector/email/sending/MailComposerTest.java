package io.switchboard.connector.email.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a mail is put together from a message and its thread, read as the member's client shows it. */
class MailComposerTest {

    private final MailComposer composer = new MailComposer(EmailSendingSlice.properties(25, null), null,
            Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void theSubjectLosesItsReplyPrefixesAndOldTicketTagsAndGetsTheThreadsTicket() {
        assertThat(subject("RE: 答复：回复: [T-3] Account frozen", "T-12", null)).isEqualTo("Re: Account frozen [T-12]");
        assertThat(subject("Account frozen", null, null)).isEqualTo("Re: Account frozen");
        assertThat(subject(null, null, null)).isEqualTo("Re: Your support request");
        assertThat(subject("Account frozen", "T-12", "Your request was solved"))
                .isEqualTo("Your request was solved [T-12]");
    }

    @Test
    void aLongThreadKeepsItsFirstMailAndTheLatestInReferences() throws Exception {
        List<String> ids = IntStream.rangeClosed(1, 30).mapToObj(n -> "m" + n + "@member.example").toList();
        ReplyFacts facts = new ReplyFacts("Question", "en", null, "m30@member.example", ids, null);

        SentMail mail = new SentMail(composer.compose(message("Answer", Sender.BOT_NOTICE), facts));

        List<String> references = List.of(mail.header("References").split(" "));
        assertThat(references).hasSize(MailComposer.MAX_REFERENCES)
                .startsWith("<m1@member.example>", "<m12@member.example>").endsWith("<m30@member.example>");
        assertThat(mail.header("In-Reply-To")).isEqualTo("<m30@member.example>");
    }

    @Test
    void theReplyAnsweredIsTheOneRepliedToWhenTheMessageNamesIt() throws Exception {
        ReplyFacts facts = new ReplyFacts("Question", "en", null, "later@member.example",
                List.of("first@member.example", "later@member.example"), null);
        OutboundMessage reply = new OutboundMessage(Channel.EMAIL, "anna@member.example", "mail:first@member.example",
                "first@member.example", "Answer", TextFormat.PLAIN, Sender.BOT_ANSWER);

        SentMail mail = new SentMail(composer.compose(reply, facts));

        assertThat(mail.header("In-Reply-To")).isEqualTo("<first@member.example>");
        assertThat(mail.header("References")).isEqualTo("<later@member.example> <first@member.example>");
    }

    @Test
    void aChineseTextWithoutAThreadLanguageGetsTheChineseMail() throws Exception {
        SentMail mail = new SentMail(composer.compose(message("您好，您的账户已解冻。", Sender.BOT_NOTICE),
                ReplyFacts.STANDALONE));

        assertThat(mail.header("Content-Language")).isEqualTo("zh");
        assertThat(mail.subject()).isEqualTo("Re: 您的客服咨询");
        assertThat(mail.plain()).startsWith("您好，您的账户已解冻。").contains("客服团队", "请只信任官方渠道");
    }

    @Test
    void thePlainPartReadsAsALetter() throws Exception {
        ReplyFacts facts = new ReplyFacts("Question", "en", "T-5", null, List.of(), "Mei Lin");

        String plain = new SentMail(composer.compose(message("First line.\nSecond line.", Sender.staff("mei")), facts))
                .plain();

        assertThat(plain.replace("\r\n", "\n")).isEqualTo("""
                First line.
                Second line.

                Mei Lin
                Support team

                Your ticket: T-5. Please keep it in the subject when you write to us about this case.

                --\s
                We will never ask for your password, verification codes or private keys: never send them by e-mail, \
                and only trust our official channels.
                """);
    }

    @Test
    void aReplyWrittenInHtmlIsSentAsItsTextWithItsLinks() throws Exception {
        OutboundMessage reply = new OutboundMessage(Channel.EMAIL, "anna@member.example", "help-request:1", null,
                "See <b>the guide</b>: <a href=\"https://help.exchange.example/2fa\">reset 2FA</a>", TextFormat.HTML,
                Sender.BOT_ANSWER);

        SentMail mail = new SentMail(composer.compose(reply, ReplyFacts.STANDALONE));

        assertThat(mail.plain()).startsWith("See the guide: reset 2FA https://help.exchange.example/2fa");
        assertThat(mail.html()).contains("<a href=\"https://help.exchange.example/2fa\">").doesNotContain("<b>");
    }

    private static String subject(String threadSubject, String ticket, String own) {
        return MailComposer.subject(own, new ReplyFacts(threadSubject, "en", ticket, null, List.of(), null), "en");
    }

    private static OutboundMessage message(String text, Sender sender) {
        return new OutboundMessage(Channel.EMAIL, "anna@member.example", "mail:first@member.example", null, text,
                TextFormat.PLAIN, sender);
    }
}
