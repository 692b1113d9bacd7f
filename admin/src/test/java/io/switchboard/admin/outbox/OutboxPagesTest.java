package io.switchboard.admin.outbox;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.ChannelBreakerState;
import io.switchboard.core.outbox.DeliveryBreakers;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxRetry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The console's delivery page: failed replies with "retry now", and which platforms are paused. */
@StaffApiTest
class OutboxPagesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxRepository outbox;

    @MockitoBean
    OutboxRetry retry;

    @MockitoBean
    DeliveryBreakers breakers;

    OutboxEntry failed;

    @BeforeEach
    void aFailedReplyAndAPausedPlatform() {
        outbox.deleteAllInBatch();
        failed = new OutboxEntry("reply:telegram:77", new OutboundMessage(Channel.TELEGRAM, "7701", "7701", null,
                "Deposits take ten minutes.", TextFormat.PLAIN, Sender.BOT_NOTICE), null, T0);
        failed.markFailed("PERMANENT: Bad Request: message is too long");
        failed = outbox.save(failed);
        given(breakers.states()).willReturn(List.of(new ChannelBreakerState(Channel.TELEGRAM, true, false, 3,
                T0.plusSeconds(30), "TRANSIENT: 502 Bad Gateway")));
    }

    @Test
    void staffSeeFailedRepliesAndWhichPlatformIsPausedInTheirLanguage() throws Exception {
        mvc.perform(get("/console/outbox?shown=FAILED").with(user("agent").roles("AGENT"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deposits take ten minutes.")))
                .andExpect(content().string(containsString("message is too long")))
                .andExpect(content().string(containsString("Paused: platform failing")))
                .andExpect(content().string(containsString("data-retry=\"" + failed.getId() + "\"")));
        mvc.perform(get("/console/outbox?shown=FAILED").with(user("agent").roles("AGENT"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("已暂停：平台故障")))
                .andExpect(content().string(containsString("被平台拒绝：Bad Request: message is too long")))
                .andExpect(content().string(containsString("临时错误，会重试：502 Bad Gateway")))
                .andExpect(content().string(containsString("立即重试")));
    }

    @Test
    void aReplyTooOldToSendSaysHowOldAndWhereInTheReadersLanguage() throws Exception {
        OutboxEntry stale = new OutboxEntry("reply:telegram:78", new OutboundMessage(Channel.TELEGRAM, "7702", "7702",
                null, "Withdrawals resume at 10:00.", TextFormat.PLAIN, Sender.BOT_ANSWER), null, T0);
        stale.expire("not sent: PT2H5M12S old, over the telegram limit of PT2H");
        outbox.save(stale);

        mvc.perform(get("/console/outbox?shown=EXPIRED").with(user("agent").roles("AGENT"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("未发送：已过 125 分钟，超过Telegram的 120 分钟时限，已转人工。")));
        mvc.perform(get("/console/outbox?shown=EXPIRED").with(user("agent").roles("AGENT"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString(
                        "Not sent: 125 minutes old, over the Telegram limit of 120 minutes; handed to staff.")));
    }

    @Test
    void retryNowAsksTheOutboxForTheSignedInStaffMember() throws Exception {
        given(retry.retryNow(failed.getId(), "agent")).willReturn(true);

        mvc.perform(post("/console/outbox/{id}/retry", failed.getId()).with(user("agent").roles("AGENT")).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/outbox"))
                .andExpect(flash().attribute("notice", "Reply " + failed.getId() + " will be sent now."));
        verify(retry).retryNow(failed.getId(), "agent");
    }

    @Test
    void retryNowWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/console/outbox/{id}/retry", failed.getId()).with(user("agent").roles("AGENT")))
                .andExpect(status().is4xxClientError());
        verify(retry, never()).retryNow(failed.getId(), "agent");
    }
}
