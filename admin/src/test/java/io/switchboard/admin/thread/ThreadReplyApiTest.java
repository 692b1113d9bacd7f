package io.switchboard.admin.thread;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.ThreadStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/threads/{id}/replies}: staff replies go to the support pipeline's outbox. */
@StaffApiTest
class ThreadReplyApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffReplies replies;

    @Autowired
    TestData data;

    long thread;

    @BeforeEach
    void aTelegramThread() {
        data.reset();
        Member member = data.member(Channel.TELEGRAM, "9101", "Dan Wu", "danwu", false);
        thread = data.thread(member, "9101", "en", ThreadStatus.ESCALATED, TestData.T0, TestData.T0).getId();
    }

    @Test
    void aStaffReplyIsQueuedUnderTheStaffMembersName() throws Exception {
        given(replies.reply(thread, StaffApiTest.USERNAME, "We fixed it.")).willReturn(99L);

        mvc.perform(post("/api/threads/{id}/replies", thread).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  We fixed it. \"}"))
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"outboxId\": 99}", JsonCompareMode.STRICT));
    }

    @Test
    void anEmptyReplyIsRefused() throws Exception {
        mvc.perform(post("/api/threads/{id}/replies", thread).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("text must hold 1 to 4000 characters"));
        verifyNoInteractions(replies);
    }

    @Test
    void anUnknownThreadIsNotFound() throws Exception {
        mvc.perform(post("/api/threads/404404/replies").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hello\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no thread 404404"));
        verifyNoInteractions(replies);
    }

    @Test
    void onlyStaffReply() throws Exception {
        mvc.perform(post("/api/threads/{id}/replies", thread).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hello\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(replies);
    }
}
