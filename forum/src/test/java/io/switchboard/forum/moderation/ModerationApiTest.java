package io.switchboard.forum.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostStatus;
import io.switchboard.forum.topic.Posting;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Flags, the moderation queue, moderators' actions and the audit log (the forum's lines of the
 * staff audit log), through the API and the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModerationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Posting posting;

    @Autowired
    ForumReads reads;

    @Autowired
    Accounts accounts;

    @Autowired
    StaffAudit audit;

    @Test
    void aFlagLandsInTheQueueAndHidingThePostResolvesItAndIsAudited() throws Exception {
        Account author = fixtures.member("spammer");
        Account reporter = fixtures.member("reporter");
        Account moderator = fixtures.staff("mod", AccountRole.MODERATOR);
        Post post = posting.startTopic(author.getUsername(), "market-talk", "Free coins", "send me 1 BTC", "", null);

        mvc.perform(post("/api/forum/posts/" + post.getId() + "/flags")
                        .with(httpBasic(reporter.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"scam\", \"note\": \"asks for BTC\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reason").value("SCAM"));
        mvc.perform(post("/api/forum/posts/" + post.getId() + "/flags")
                        .with(httpBasic(reporter.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"scam\"}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/forum/moderation/flags").with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.postId == " + post.getId() + ")].note").value("asks for BTC"));

        mvc.perform(post("/api/forum/moderation/posts/" + post.getId() + "/hide")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"scam\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HIDDEN"));

        mvc.perform(get("/api/forum/topics/" + post.getTopic().getId())).andExpect(status().isNotFound());
        mvc.perform(get("/api/forum/moderation/flags").with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(jsonPath("$.content[?(@.postId == " + post.getId() + ")]").isEmpty());
        mvc.perform(get("/api/forum/moderation/audit").with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(jsonPath("$.content[?(@.target == 'post:" + post.getId() + "')].action").value("post-hide"))
                .andExpect(jsonPath("$.content[?(@.target == 'post:" + post.getId() + "')].actor")
                        .value(moderator.getUsername()))
                .andExpect(jsonPath("$.content[?(@.target == 'post:" + post.getId() + "')].before").value("status=VISIBLE"))
                .andExpect(jsonPath("$.content[?(@.target == 'post:" + post.getId() + "')].after").value("status=HIDDEN"));
        // The staff audit log, which the console and the staff API show.
        StaffAuditEntry logged = audit.search(new AuditQuery(null, null, "forum-post", post.getId().toString(),
                null, null), 0, 1).getContent().get(0);
        assertThat(logged.getAction()).isEqualTo("forum.post-hide");
        assertThat(logged.getActor()).isEqualTo(moderator.getUsername());
        assertThat(logged.getReason()).isEqualTo("scam");

        mvc.perform(post("/api/forum/moderation/posts/" + post.getId() + "/restore")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(jsonPath("$.status").value("VISIBLE"));
        mvc.perform(get("/api/forum/topics/" + post.getTopic().getId())).andExpect(status().isOk());
    }

    @Test
    void theModerationPageWordsFlagsAndTheLogInTheReadersLanguage() throws Exception {
        Account author = fixtures.member("drifter");
        Account reporter = fixtures.member("tidy");
        Account moderator = fixtures.staff("mod", AccountRole.MODERATOR);
        Post flagged = posting.startTopic(author.getUsername(), "market-talk", "Lunch", "what did you eat", "", null);
        Post hidden = posting.startTopic(author.getUsername(), "market-talk", "Gone soon", "buy my course", "", null);
        mvc.perform(post("/api/forum/posts/" + flagged.getId() + "/flags")
                        .with(httpBasic(reporter.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"off-topic\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/forum/moderation/posts/" + hidden.getId() + "/hide")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/forum/moderation/topics/" + hidden.getTopic().getId() + "/pin")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isOk());

        String english = page("/forum/moderation?lang=en", moderator);
        assertThat(english).contains("Off-topic", "Hid a post", "Post " + hidden.getId(),
                "Status: Visible → Status: Hidden", "Pinned a topic", "Pinned: No", "Pinned: Yes", " UTC");
        String chinese = page("/forum/moderation?lang=zh", moderator);
        assertThat(chinese).contains("离题", "隐藏帖子", "帖子 " + hidden.getId(), "状态：可见 → 状态：已隐藏",
                "置顶主题", "置顶：否");
        for (String page : new String[] {english, chinese}) {
            assertThat(page).doesNotContain("OFF_TOPIC", "VISIBLE", "HIDDEN", "status=", "pinned=", "post-hide",
                    "topic-pin");
        }
    }

    private String page(String path, Account moderator) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(moderator.getUsername()).roles("MEMBER", "MODERATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).body().text();
    }

    @Test
    void membersCannotModerate() throws Exception {
        Account member = fixtures.member("member");
        Post post = posting.startTopic(member.getUsername(), "market-talk", "Mine", "text", "", null);

        mvc.perform(post("/api/forum/moderation/posts/" + post.getId() + "/hide")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forum/moderation").with(user(member.getUsername()))).andExpect(status().isForbidden());
    }

    @Test
    void moderatorsLockPinAndMoveTopics() throws Exception {
        Account member = fixtures.member("member");
        Account moderator = fixtures.staff("mod", AccountRole.MODERATOR);
        long topic = posting.startTopic(member.getUsername(), "newcomers", "Chart help", "RSI?", "", null)
                .getTopic().getId();
        String basic = moderator.getUsername();

        for (String action : new String[] {"lock", "pin"}) {
            mvc.perform(post("/api/forum/moderation/topics/" + topic + "/" + action)
                            .with(httpBasic(basic, ForumFixtures.PASSWORD)))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/forum/moderation/topics/" + topic + "/move")
                        .with(httpBasic(basic, ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"board\": \"technical-analysis\", \"reason\": \"belongs there\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.board").value("technical-analysis"))
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.pinned").value(true));
        mvc.perform(post("/api/forum/moderation/topics/" + topic + "/move")
                        .with(httpBasic(basic, ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"board\": \"nowhere\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void silencingAndBanningNeedAnEndTimeAndAReason() throws Exception {
        Account member = fixtures.member("loud");
        Account moderator = fixtures.staff("mod", AccountRole.ADMIN);
        String until = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        mvc.perform(post("/api/forum/moderation/members/" + member.getUsername() + "/silence")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"flooding\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/forum/moderation/members/" + member.getUsername() + "/silence")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"flooding\", \"until\": \"" + until + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.silencedUntil").value(until));
        mvc.perform(post("/api/forum/boards/newcomers/topics")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isForbidden());
        Post someonesPost = posting.startTopic(moderator.getUsername(), "newcomers", "Welcome", "Say hi", "", null);
        mvc.perform(post("/api/forum/posts/" + someonesPost.getId() + "/flags")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"spam\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/forum/moderation/members/" + member.getUsername() + "/ban")
                        .with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"scam links\", \"until\": \"" + until + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/forum/boards").with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.find(member.getUsername()).orElseThrow().getSanctionReason()).isEqualTo("scam links");
    }

    @Test
    void aHeldPostIsInTheQueueUntilApprovedThenEveryoneSeesIt() throws Exception {
        Account newcomer = fixtures.member("newbie");
        Account moderator = fixtures.staff("mod", AccountRole.MODERATOR);
        Post held = posting.startTopic(newcomer.getUsername(), "newcomers", "My blog", "see <https://blog.example>",
                "", null);
        assertThat(held.getStatus()).isEqualTo(PostStatus.HELD);

        mvc.perform(get("/api/forum/moderation/held").with(httpBasic(moderator.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(jsonPath("$.content[?(@.postId == " + held.getId() + ")].author").value(newcomer.getUsername()));
        mvc.perform(post("/forum/moderation/posts/" + held.getId() + "/approve").param("back", "queue")
                        .with(user(moderator.getUsername()).roles("MEMBER", "MODERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/forum/moderation"));

        mvc.perform(get("/api/forum/topics/" + held.getTopic().getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posts.content[0].status").value("VISIBLE"));
    }

    @Test
    void aModeratorSilencesAMemberFromTheProfilePage() throws Exception {
        Account member = fixtures.member("noisy");
        Account moderator = fixtures.staff("mod", AccountRole.MODERATOR);

        mvc.perform(get("/forum/u/" + member.getUsername())
                        .with(user(moderator.getUsername()).roles("MEMBER", "MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/forum/moderation/members/" + member.getUsername()
                                + "/silence")));
        mvc.perform(post("/forum/moderation/members/" + member.getUsername() + "/silence")
                        .with(user(moderator.getUsername()).roles("MEMBER", "MODERATOR")).with(csrf())
                        .param("reason", "flooding the board").param("until", "2999-01-01T12:00"))
                .andExpect(redirectedUrl("/forum/u/" + member.getUsername() + "?sanctioned"));

        Account silenced = accounts.find(member.getUsername()).orElseThrow();
        assertThat(silenced.getSilencedUntil()).isEqualTo(Instant.parse("2999-01-01T12:00:00Z"));
        assertThat(silenced.getSanctionReason()).isEqualTo("flooding the board");
        mvc.perform(get("/forum/u/" + member.getUsername()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Silenced until 2999-01-01")));
    }

    @Test
    void aMemberFlagsFromThePage() throws Exception {
        Account author = fixtures.member("rude");
        Account reporter = fixtures.member("kind");
        Post post = posting.startTopic(author.getUsername(), "market-talk", "Rant", "you are all idiots", "", null);

        mvc.perform(post("/forum/p/" + post.getId() + "/flags").with(user(reporter.getUsername())).with(csrf())
                        .param("reason", "abuse").param("note", "insults"))
                .andExpect(redirectedUrl("/forum/t/" + post.getTopic().getId() + "?flagged#p" + post.getId()));
    }
}
