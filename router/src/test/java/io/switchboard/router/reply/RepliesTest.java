package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.router.decision.SmallTalk;
import io.switchboard.router.language.Language;
import io.switchboard.core.ticket.TicketStatus;
import java.util.Arrays;
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
    void publicTicketNoticeCarriesTheNumberAndAsksForAPrivateMessage() {
        assertThat(replies.publicTicketNotice(Language.EN, "T-12")).contains("T-12", "private message")
                .hasSizeLessThan(200);
        assertThat(replies.publicTicketNotice(Language.ZH, "T-12")).contains("T-12", "私信");
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
