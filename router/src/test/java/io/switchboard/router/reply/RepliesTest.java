package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.router.decision.SmallTalk;
import io.switchboard.router.language.Language;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;


class RepliesTest {

    private final Replies replies = new Replies();

    @Test
    void welcomeSaysWhatTheBotDoesAndHowToReachAPerson() {
        assertThat(replies.welcome(Language.EN))
                .contains("deposits", "withdrawals", "account security", "trading", "talk to a human");
        assertThat(replies.welcome(Language.ZH)).contains("充值", "提现", "账户安全", "交易", "人工客服");
    }

    @Test
    void ticketNoticeCarriesTheNumber() {
        assertThat(replies.ticketNotice(Language.EN, "T-12"))
                .isEqualTo("We've passed your question to our support team. Your ticket number is T-12;"
                        + " an agent will reply here.");
        assertThat(replies.ticketNotice(Language.ZH, "T-12")).contains("T-12", "工单号");
    }

    @Test
    void anEmailTicketNoticeSaysWhenToExpectTheReply() {
        assertThat(replies.ticketNotice(Language.EN, Channel.EMAIL, "T-12", Duration.ofHours(4)))
                .contains("ticket T-12", "reply to you by e-mail within 4 hours.").doesNotContain("{");
        assertThat(replies.ticketNotice(Language.ZH, Channel.EMAIL, "T-12", Duration.ofHours(4)))
                .contains("工单号 T-12", "4 小时内").doesNotContain("{");
        assertThat(replies.ticketNotice(Language.EN, Channel.TELEGRAM, "T-12", Duration.ofHours(4)))
                .as("a chat shows the reply as it comes").isEqualTo(replies.ticketNotice(Language.EN, "T-12"));
    }

    @Test
    void aResponseTimeIsRoundedUpToAWholeUnit() {
        assertThat(replies.within(Language.EN, Duration.ofMinutes(30))).isEqualTo("within 30 minutes");
        assertThat(replies.within(Language.EN, Duration.ofSeconds(59))).isEqualTo("within 1 minute");
        assertThat(replies.within(Language.EN, Duration.ofMinutes(59).plusSeconds(30))).isEqualTo("within 1 hour");
        assertThat(replies.within(Language.EN, Duration.ofHours(3).plusMinutes(10))).isEqualTo("within 4 hours");
        assertThat(replies.within(Language.EN, Duration.ofHours(24))).isEqualTo("within 1 day");
        assertThat(replies.within(Language.EN, Duration.ofHours(25))).isEqualTo("within 2 days");
        assertThat(replies.within(Language.ZH, Duration.ofMinutes(15))).isEqualTo("15 分钟内");
        assertThat(replies.within(Language.ZH, Duration.ofDays(7))).isEqualTo("7 天内");
    }

    @Test
    void publicTicketNoticeCarriesTheNumberAndPointsToAPrivateChannelWhereThereIsOne() {
        for (Channel channel : List.of(Channel.TELEGRAM, Channel.TWITTER, Channel.FACEBOOK)) {
            assertThat(replies.publicTicketNotice(Language.EN, channel, "T-12")).as(channel.key())
                    .contains("T-12", "private message").hasSizeLessThan(260);
            assertThat(replies.publicTicketNotice(Language.ZH, channel, "T-12")).as(channel.key())
                    .contains("T-12").containsAnyOf("私信", "私聊");
        }
        assertThat(replies.publicTicketNotice(Language.EN, Channel.TELEGRAM, "T-12")).contains("tap my name");
        assertThat(replies.publicTicketNotice(Language.EN, Channel.TWITTER, "T-12")).contains("DM");
        assertThat(replies.publicTicketNotice(Language.EN, Channel.FACEBOOK, "T-12")).contains("Messenger");
    }

    /** Issue 11: the forum has no private messages; its notice points to the topic, which shows the ticket. */
    @Test
    void onTheForumNoNoticeMentionsPrivateMessages() {
        assertThat(replies.publicTicketNotice(Language.EN, Channel.FORUM, "T-12"))
                .contains("T-12", "answer in this topic").doesNotContainIgnoringCase("private");
        assertThat(replies.publicTicketNotice(Language.ZH, Channel.FORUM, "T-12"))
                .contains("T-12", "本帖").doesNotContain("私信", "私聊");
        assertThat(replies.statusPrivateHint(Language.EN, Channel.FORUM)).doesNotContainIgnoringCase("private");
        assertThat(replies.statusPrivateHint(Language.ZH, Channel.FORUM)).doesNotContain("私信", "私聊");
        assertThat(replies.guardWarning(Language.EN, Channel.FORUM)).doesNotContain("message you first");
        assertThat(replies.guardWarning(Language.ZH, Channel.FORUM)).doesNotContain("私信");
    }

    @Test
    void courtesyRepliesInBothLanguages() {
        assertThat(replies.courtesy(Language.EN, SmallTalk.THANKS)).startsWith("You're welcome");
        assertThat(replies.courtesy(Language.ZH, SmallTalk.THANKS)).startsWith("不客气");
        assertThat(replies.courtesy(Language.ZH, SmallTalk.GREETING)).startsWith("您好");
    }

    @Test
    void acknowledgementsHaveNoReply() {
        assertThatThrownBy(() -> replies.courtesy(Language.EN, SmallTalk.ACKNOWLEDGEMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTicketStateHasWordsOfItsOwnInBothLanguages() {
        for (Language language : Language.values()) {
            assertThat(Arrays.stream(TicketStatus.values())
                    .map(status -> replies.ticketStatus(language, "T-12", status)).distinct())
                    .hasSize(TicketStatus.values().length).allMatch(text -> text.contains("T-12"));
        }
        assertThat(replies.ticketStatus(Language.EN, "T-12", TicketStatus.PENDING_USER))
                .isEqualTo("Ticket T-12: waiting for your reply");
        assertThat(replies.ticketStatus(Language.ZH, "T-12", TicketStatus.RESOLVED)).isEqualTo("工单 T-12：已解决");
    }
}
