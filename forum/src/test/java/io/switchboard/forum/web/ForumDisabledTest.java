package io.switchboard.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.gateway.ChannelGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** {@code switchboard.forum.enabled=false}: no pages, no API, no channel. */
@SpringBootTest(properties = "switchboard.forum.enabled=false")
@AutoConfigureMockMvc
class ForumDisabledTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void thereAreNoForumPagesApiOrGateway() throws Exception {
        mvc.perform(get("/forum/b/newcomers")).andExpect(status().isNotFound());
        mvc.perform(get("/api/forum/boards")).andExpect(status().isNotFound());
        assertThat(context.getBeansOfType(ChannelGateway.class)).isEmpty();
    }
}
