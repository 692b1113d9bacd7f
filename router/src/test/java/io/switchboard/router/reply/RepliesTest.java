package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.router.decision.SmallTalk;
import io.switchboard.router.language.Language;
import io.switchboard.core.ticket.TicketStatus;
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
