package io.switchboard.admin.answer;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeAnswerEngine;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class MatchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeAnswerEngine engine;

    @Test
    void returnsTheEnginesDecisionInExactlyTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "how long does a withdrawal take?")
                        .param("channel", "telegram").param("private", "true").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"articleKey": "withdrawal-delays", "confidence": 0.91, "autoAnswer": true,
                         "answer": "Withdrawals usually arrive within 30 minutes.",
                         "suggestions": [{"articleKey": "withdrawal-delays", "confidence": 0.91},
                                         {"articleKey": "network-fees", "confidence": 0.42}]}
                        """, JsonCompareMode.STRICT));
        assertThat(engine.lastQuery())
                .isEqualTo(new AnswerQuery("how long does a withdrawal take?", Channel.TELEGRAM, true, null));
    }

    @Test
    void nothingMatchingGivesANullArticleKeyAndTheSuggestions() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "gm everyone").param("channel", "forum").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"articleKey": null, "confidence": 0.0, "autoAnswer": false, "answer": null,
                         "suggestions": [{"articleKey": "contact-support", "confidence": 0.12}]}
                        """, JsonCompareMode.STRICT));
        assertThat(engine.lastQuery()).isEqualTo(new AnswerQuery("gm everyone", Channel.FORUM, false, null));
    }

    @Test
    void acceptsATextOfExactlyTheMaximumLength() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "w".repeat(MatchController.MAX_TEXT_LENGTH))
                        .param("channel", "twitter").with(staff()))
                .andExpect(status().isOk());
    }

    @Test
    void rejectsATextOverTheMaximumLength() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "withdraw ".repeat(445))
                        .param("channel", "twitter").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("text must be at most 4000 characters"));
    }

    @Test
    void rejectsABlankText() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "   ").param("channel", "twitter").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("text must not be blank"));
    }

    @Test
    void requiresTextAndChannel() throws Exception {
        mvc.perform(get("/api/kb/match").param("channel", "telegram").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("missing required parameter 'text'"));
        mvc.perform(get("/api/kb/match").param("text", "withdrawal").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("missing required parameter 'channel'"));
        mvc.perform(get("/api/kb/match").param("text", "withdrawal").param("channel", "").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("parameter 'channel' must not be empty"));
    }

    @Test
    void rejectsAnUnknownChannelListingTheChannels() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "withdrawal").param("channel", "discord").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(
                        "unknown channel 'discord', expected one of [telegram, twitter, facebook, forum, web, email, webchat]"));
    }

    @Test
    void rejectsAPrivateFlagThatIsNotABoolean() throws Exception {
        mvc.perform(get("/api/kb/match").param("text", "withdrawal").param("channel", "telegram")
                        .param("private", "maybe").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("invalid value 'maybe' for parameter 'private'"));
    }
}
