package io.switchboard.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Views.TopicSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A topic page as the staff who moderate see it: the toolbar renders, and its lock, pin and move work. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffTopicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Posting posting;

    @Autowired
    ForumReads reads;

    @ParameterizedTest
    @EnumSource(value = AccountRole.class, names = {"ADMIN", "MODERATOR"})
    void staffWhoModerateOpenATopicAndLockPinAndMoveItFromThePage(AccountRole role) throws Exception {
        long topic = topic("Trailing stops?");
        RequestPostProcessor staff = user(fixtures.staff("staff", role).getUsername()).roles("MEMBER", role.name());

        for (String language : new String[] {"en", "zh"}) {
            String page = mvc.perform(get("/forum/t/" + topic).with(staff).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document html = Jsoup.parse(page);
            assertThat(html.select("h1").text()).isEqualTo("Trailing stops?");
            assertThat(html.select(".mod-bar button").eachText()).containsExactly(
                    language.equals("en") ? new String[] {"Lock", "Pin", "Move"} : new String[] {"锁定", "置顶", "移动"});
            assertThat(html.select("#move-board option[selected]").attr("value")).isEqualTo("trading-tips");
            assertThat(html.select("#move-board option").eachAttr("value")).contains("market-talk", "newcomers");
        }

        mvc.perform(post("/forum/moderation/topics/" + topic + "/lock").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/forum/t/" + topic));
        mvc.perform(post("/forum/moderation/topics/" + topic + "/pin").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/forum/t/" + topic));
        mvc.perform(post("/forum/moderation/topics/" + topic + "/move").param("board", "market-talk")
                        .with(staff).with(csrf()))
                .andExpect(redirectedUrl("/forum/t/" + topic));

        TopicSummary moved = reads.summary(topic, null);
        assertThat(moved.locked()).isTrue();
        assertThat(moved.pinned()).isTrue();
        assertThat(moved.board()).isEqualTo("market-talk");
        Document after = Jsoup.parse(mvc.perform(get("/forum/t/" + topic).with(staff)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.select(".mod-bar button").eachText()).containsExactly("Unlock", "Unpin", "Move");
        assertThat(after.select("#move-board option[selected]").attr("value")).isEqualTo("market-talk");
    }

    @ParameterizedTest
    @EnumSource(value = AccountRole.class, names = {"MEMBER", "AGENT"})
    void othersSeeNoModeratorToolbar(AccountRole role) throws Exception {
        long topic = topic("Stops?");
        String reader = fixtures.staff("reader", role).getUsername();

        String page = mvc.perform(get("/forum/t/" + topic).with(user(reader).roles("MEMBER", role.name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".mod-bar")).isEmpty();
    }

    private long topic(String title) {
        Account member = fixtures.member("asker");
        return posting.startTopic(member.getUsername(), "trading-tips", title, "How tight?", "", "en").getTopic().getId();
    }
}
