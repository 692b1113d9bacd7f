package io.switchboard.admin.thread;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.reply.StaffReplies;
import java.util.NoSuchElementException;
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

    @Test
    void aStaffReplyIsQueuedUnderTheStaffMembersName() throws Exception {
        given(replies.reply(12L, StaffApiTest.USERNAME, "We fixed it.")).willReturn(99L);

        mvc.perform(post("/api/threads/12/replies").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  We fixed it. \"}"))
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"outboxId\": 99}", JsonCompareMode.STRICT));
    }

    @Test
    void anEmptyReplyIsRefused() throws Exception {
        mvc.perform(post("/api/threads/12/replies").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("text must hold 1 to 4000 characters"));
        verifyNoInteractions(replies);
    }

    @Test
    void anUnknownThreadIsNotFound() throws Exception {
        given(replies.reply(eq(404L), anyString(), anyString())).willThrow(new NoSuchElementException("no thread 404"));

        mvc.perform(post("/api/threads/404/replies").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hello\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no thread 404"));
    }

    @Test
    void onlyStaffReply() throws Exception {
        mvc.perform(post("/api/threads/12/replies").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hello\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(replies);
    }
}
