package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.inbound.ForwardOrigin;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.Messages;
import io.switchboard.verify.report.SuspectReports;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Is this really the exchange?" asked in a private chat with the bot: {@code /verify}, a forwarded message, and
 * the trust line under what the bot says about contacts. The verifier and its wording are the verify module's, over
 * part of the demo exchange's registry (the tests' application.properties); no public address of the help center
 * is configured, so the trust line names the verification page by its path.
 */
class VerifyCommandRouteTest extends RouteTestSupport {

    private static final String TRUST_EN = "Only trust channels listed at /verify";
    private static final String TRUST_ZH = "请只信任 /verify 列出的官方渠道";
    private static final String ADVICE_EN = "Do not send money, verification codes or keys to it, and do not call or"
            + " write back. Report it so that we can have it taken down.";

    @Autowired
    SuspectReports reports;

    @Test
    void anOfficialNumberIsSaidToBeOneInTheMembersLanguageWithoutAThreadOrTicket() {
        String chat = Messages.newChatId();
        long threads = this.threads.count();

        String answer = answerTo(Messages.inPrivate(chat, now()).text("/verify +86 400-123-4567"));
        String zh = answerTo(Messages.inPrivate(chat, now()).language("zh-hans").text("/verify 4001234567"));

        assertThat(answer).isEqualTo("""
                Official: Support hotline (Mainland China)
                Phone line: +86 400 123 4567
                Region: Mainland China
                Hours: 24/7
                Languages: zh
                For: account security emergencies, frozen accounts, failed transactions
                Even on official channels we never ask for your password, verification codes or private keys.

                """ + TRUST_EN);
        assertThat(zh).startsWith("官方渠道：Support hotline (Mainland China)\n").contains("地区：Mainland China",
                "即使是官方渠道，我们也绝不会索要您的密码、验证码或私钥。").endsWith(TRUST_ZH);
        assertThat(this.threads.count()).as("a verification opens no thread").isEqualTo(threads);
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void aFakeAccountIsNotOfficialWithWhatToDo() {
        String answer = answerTo(Messages.inPrivate(Messages.newChatId(), now()).text("/verify @NovaEx_Helpdesk"));

        assertThat(answer).isEqualTo("NOT official\nIt looks like our @novaex, but it is not.\n" + ADVICE_EN
                + "\n\n" + TRUST_EN);
    }

    @Test
    void theCommandAloneSaysHowToUseIt() {
        String answer = answerTo(Messages.inPrivate(Messages.newChatId(), now()).text("/verify"));

        assertThat(answer).startsWith("Send /verify and what you want to check").contains("forward me");
    }

    @Test
    void inAGroupTheBotPointsToAPrivateChatWithoutAVerdict() {
        String group = Messages.newChatId();
        InboundMessage other = Messages.inGroup(group, now()).text("/verify@OtherBot +86 400 999 0000").build();
        accept(other);
        awaitEvent(other, InboundStatus.PROCESSED);
        assertThat(outboxFor(group)).as("a command for another bot").isEmpty();

        String answer = answerTo(Messages.inGroup(group, now()).mentioningBot().text("/verify +86 400 999 0000"));

        assertThat(answer).startsWith("Please send /verify to me in a private message").doesNotContain("official");
        assertThat(ticketsIn(group)).isEmpty();
    }

    @Test
    void aForwardedMessageGetsOneReplyWithAVerdictOnItsSenderAndEachThingInIt() {
        String chat = Messages.newChatId();
        ForwardOrigin sender = new ForwardOrigin(ForwardOrigin.Kind.USER, "6200001", "NovaEx Support",
                "NovaEx_Helpdesk");

        String answer = answerTo(Messages.inPrivate(chat, now()).forwardedFrom(sender,
                        Map.of("here", "https://novaex-verify.com/login"))
                .text("Your account is frozen. Verify here, mail support@novaex.com or call +86 400 999 0000"));

        assertThat(answer).isEqualTo("""
                I checked the forwarded message, one thing at a time:
                1. sender NovaEx Support (@NovaEx_Helpdesk): NOT official
                   It looks like our @novaex, but it is not.
                2. support@novaex.com: Official: Support mailbox
                   E-mail: support@novaex.com
                3. +86 400 999 0000: NOT official
                   This number is not one of our phone lines.
                4. https://novaex-verify.com/login: NOT official
                   It puts our name (novaex.com) inside someone else's address.

                """ + ADVICE_EN + "\nI have passed what is not official on to our moderators, so that we can have it"
                + " taken down. Thank you.\n\n" + TRUST_EN);
        assertThat(ticketsIn(chat)).as("a forwarded message is a question for the verifier, not for an agent")
                .isEmpty();
        assertThat(reports.suspects(null, 0, 100).getContent())
                .as("what is not official in it is reported, once each, with the message as evidence")
                .filteredOn(suspect -> List.of("novaex_helpdesk", "+864009990000", "novaex-verify.com")
                        .contains(suspect.value()))
                .hasSize(3).allSatisfy(suspect -> assertThat(reports.reportsOf(suspect.id(), 1).get(0))
                        .satisfies(report -> {
                            assertThat(report.source()).isEqualTo("telegram");
                            assertThat(report.evidence()).startsWith("Your account is frozen.");
                        }));
    }

    @Test
    void aForwardFromSomeoneHidingTheirAccountNamedLikeStaffIsNoStaffAccount() {
        String answer = answerTo(Messages.inPrivate(Messages.newChatId(), now()).forwardedFrom(
                new ForwardOrigin(ForwardOrigin.Kind.HIDDEN_USER, null, "Kevin Lau Support", null), Map.of())
                .text("Send me your 2FA code to unfreeze"));

        assertThat(answer).startsWith("I checked the forwarded message, one thing at a time:\n"
                + "1. sender Kevin Lau Support: NOT official\n"
                + "   It is named like our staff member Kevin Lau, but it is not one of their accounts.")
                .as("a name is no address a platform could take down: not reported").doesNotContain("moderators");
    }

    @Test
    void aForwardedMessageIsAnsweredInTheMembersLanguageNotTheScammers() {
        String answer = answerTo(Messages.inPrivate(Messages.newChatId(), now()).language("en").forwardedFrom(
                new ForwardOrigin(ForwardOrigin.Kind.CHANNEL, "-1002600000001", "NovaEx 官方", "novaex"), Map.of())
                .text("您的账户已被冻结，请立即拨打客服电话 +86 400 999 0000 解冻"));

        assertThat(answer).startsWith("I checked the forwarded message, one thing at a time:\n"
                + "1. sender NovaEx 官方 (@novaex): Official: Announcements channel")
                .contains("2. +86 400 999 0000: NOT official").endsWith(TRUST_EN);
    }

    @Test
    void helpEndsWithTheTrustLine() {
        String answer = sentTo(Messages.inPrivate(Messages.newChatId(), now()).text("/help").build());

        assertThat(answer).startsWith("Hi! I'm the community support bot.").endsWith("\n\n" + TRUST_EN);
    }

    @Test
    void anAnswerWithoutAContactHasNoTrustLine() {
        String answer = sentTo(Messages.inPrivate(Messages.newChatId(), now())
                .text("How long does a deposit take?").build());

        assertThat(answer).isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
    }

    @Test
    void anAnswerThatGivesAContactEndsWithTheTrustLine() {
        String answer = sentTo(Messages.inPrivate(Messages.newChatId(), now()).text("What is your hotline?").build());

        assertThat(answer).isEqualTo(KeywordAnswerEngine.HOTLINE_ANSWER_EN + "\n\n" + TRUST_EN);
    }

    /** The first reply the bot sends to the message's chat. */
    private String sentTo(InboundMessage message) {
        accept(message);
        return awaitOutbox(message.chat().chatId(), e -> e.getStatus() == OutboxStatus.SENT).getText();
    }
}
