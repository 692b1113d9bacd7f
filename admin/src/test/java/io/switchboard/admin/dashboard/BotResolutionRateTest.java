package io.switchboard.admin.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The dashboard's bot resolution rate: what members pressed under the bot's answers, by channel and topic. */
@StaffApiTest
class BotResolutionRateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    private Instant now;

    @BeforeEach
    void clean() {
        data.reset();
        now = Instant.now();
    }

    @Test
    void countsYesNoAndNoReplyPerChannelAndPerTopicOverTheLastWeek() throws Exception {
        answered(Channel.TELEGRAM, "9201", "2fa-reset", AnswerOutcome.YES, now.minus(Duration.ofHours(1)));
        answered(Channel.TELEGRAM, "9202", "2fa-reset", AnswerOutcome.YES, now.minus(Duration.ofDays(2)));
        answered(Channel.TELEGRAM, "9203", "withdrawal-pending", AnswerOutcome.NO, now.minus(Duration.ofDays(3)));
        answered(Channel.FACEBOOK, "9204", "withdrawal-pending", null, now.minus(Duration.ofHours(5)));
        answered(Channel.TELEGRAM, "9205", "2fa-reset", AnswerOutcome.NO, now.minus(Duration.ofDays(8)));

        dashboard("en")
                .andExpect(content().string(containsString(
                        "Members pressed Yes under 50% of 4 answers that asked “Did this solve it?”.")))
                .andExpect(content().string(stringContainsInOrder("data-channel=\"telegram\"", "Telegram",
                        "data-outcome=\"yes\">2<", "data-outcome=\"no\">1<", "data-outcome=\"none\">0<", "67%",
                        "data-channel=\"facebook\"", "Facebook", "data-outcome=\"yes\">0<", "data-outcome=\"no\">0<",
                        "data-outcome=\"none\">1<", "0%")))
                .andExpect(content().string(stringContainsInOrder("data-topic=\"2fa-reset\"",
                        "data-outcome=\"yes\">2<", "data-outcome=\"no\">0<", "100%",
                        "data-topic=\"withdrawal-pending\"", "data-outcome=\"yes\">0<", "data-outcome=\"no\">1<",
                        "data-outcome=\"none\">1<", "0%")));
        dashboard("zh-CN").andExpect(content().string(containsString("机器人解决率（最近 7 天）")))
                .andExpect(content().string(containsString("会员对 50% 点了“解决了”")));
    }

    @Test
    void saysWhereTheButtonsAreWhenNoAnswerAskedYet() throws Exception {
        dashboard("en").andExpect(content().string(matchesRegex("(?s).*id=\"bot-resolution\".*No answer has asked"
                + " “Did this solve it\\?” in the last 7 days.*")));
    }

    private void answered(Channel channel, String member, String article, AnswerOutcome outcome, Instant at) {
        SupportThread thread = data.thread(data.member(channel, member, "M" + member, "m" + member, false),
                channel.key() + ":" + member, ThreadStatus.ANSWERED, at, at);
        ThreadMessage question = data.message(thread, Direction.IN, "q" + member, "question " + member, null, at);
        data.botAnswer(question, article, outcome, at);
    }

    private ResultActions dashboard(String language) throws Exception {
        return mvc.perform(get("/console/dashboard").with(user("dash-agent").roles("AGENT"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }
}
