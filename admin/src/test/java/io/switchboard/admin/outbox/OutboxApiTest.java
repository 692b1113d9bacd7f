package io.switchboard.admin.outbox;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.outbox.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class OutboxApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    OutboxEntry sent;
    OutboxEntry retrying;
    OutboxEntry failed;

    @BeforeEach
    void repliesInEveryState() {
        data.reset();
        sent = data.pendingReply("answer:telegram:501", "Withdrawals usually arrive within 30 minutes.", T0);
        sent.markSent("9001", T0.plusSeconds(2));
        sent = data.save(sent);
        retrying = data.pendingReply("answer:telegram:502", "Please check the network you used.", T0.plusSeconds(60));
        retrying.retryLater("HTTP 502 from Telegram", T0.plusSeconds(90));
        retrying = data.save(retrying);
        failed = data.pendingReply("answer:telegram:503", "Your ticket is T-7.", T0.plusSeconds(120));
        failed.markFailed("Forbidden: bot was blocked by the user");
        failed = data.save(failed);
    }

    @Test
    void listsEveryReplyNewestFirst() throws Exception {
        mvc.perform(get("/api/outbox").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].decisionKey").value(contains(
                        "answer:telegram:503", "answer:telegram:502", "answer:telegram:501")))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void filtersByStatusAndShowsTheDeliveryRecord() throws Exception {
        mvc.perform(get("/api/outbox").param("status", "sent").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(sent.getId().intValue())))
                .andExpect(jsonPath("$.content[0].channel").value("telegram"))
                .andExpect(jsonPath("$.content[0].chatId").value("-100200300"))
                .andExpect(jsonPath("$.content[0].conversationKey").value("-100200300:7"))
                .andExpect(jsonPath("$.content[0].replyToExternalId").value("501"))
                .andExpect(jsonPath("$.content[0].text").value("Withdrawals usually arrive within 30 minutes."))
                .andExpect(jsonPath("$.content[0].format").value("HTML"))
                .andExpect(jsonPath("$.content[0].status").value("SENT"))
                .andExpect(jsonPath("$.content[0].attempts").value(1))
                .andExpect(jsonPath("$.content[0].platformMessageId").value("9001"))
                .andExpect(jsonPath("$.content[0].createdAt").value("2025-03-01T10:00:00Z"))
                .andExpect(jsonPath("$.content[0].sentAt").value("2025-03-01T10:00:02Z"))
                .andExpect(jsonPath("$.content[0].lastError").value(nullValue()))
                .andExpect(jsonPath("$.content[0].threadMessageId").value(nullValue()));
        mvc.perform(get("/api/outbox").param("status", "PENDING").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(retrying.getId().intValue())))
                .andExpect(jsonPath("$.content[0].nextAttemptAt").value("2025-03-01T10:01:30Z"))
                .andExpect(jsonPath("$.content[0].lastError").value("HTTP 502 from Telegram"));
        mvc.perform(get("/api/outbox").param("status", "failed").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(failed.getId().intValue())))
                .andExpect(jsonPath("$.content[0].lastError").value("Forbidden: bot was blocked by the user"));
    }

    @Test
    void unknownStatusIsABadRequestListingTheStatuses() throws Exception {
        mvc.perform(get("/api/outbox").param("status", "queued").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(
                        "unknown status 'queued', expected one of [PENDING, SENT, FAILED, EXPIRED, CANCELLED]"));
    }
}
