package io.switchboard.admin.moderation;

import static io.switchboard.admin.moderation.ModerationQueueFixture.COMMENT;
import static io.switchboard.admin.moderation.ModerationQueueFixture.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.FakeFacebookGateway.Moderated;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.Severity;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.QueueItem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's moderation queue: what moderators see, what their buttons do, and who may press them. */
@StaffApiTest
class ModerationQueuePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeFacebookGateway facebook;

    @Autowired
    ModerationQueueFixture fixture;

    @Autowired
    GuardDecisionRepository guardDecisions;

    @Autowired
    ModerationDesk desk;

    long comment;

    @BeforeEach
    void aFlaggedComment() {
        comment = fixture.flaggedComment("Carol <i>", "DM me <script>alert(1)</script> for a 2x giveaway");
    }

    private static RequestPostProcessor moderator() {
        return user("mod").roles("MODERATOR");
    }

    @Test
    void moderatorsSeeEachOpenItemWithWhyWhoAndTheChannelsActions() throws Exception {
        mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Carol &lt;i&gt;")))
                .andExpect(content().string(containsString("DM me &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString(ModerationQueueFixture.REASON)))
                .andExpect(content().string(containsString("flagged by the rule scam-guard")))
                .andExpect(content().string(containsString("data-action=\"hide\"")))
                .andExpect(content().string(containsString("data-action=\"delete\"")))
                .andExpect(content().string(not(containsString("data-action=\"unhide\""))))
                .andExpect(content().string(not(containsString("data-action=\"mute\""))));
        mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("审核队列")))
                .andExpect(content().string(containsString("隐藏")));
    }

    @Test
    void anActionGoesThroughTheGatewayAndThePageSaysItWasDone() throws Exception {
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "hide").with(moderator()).with(csrf()))
                .andExpect(redirectedUrl("/console/moderation?status=all#item-" + comment));
        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, POST, COMMENT));

        mvc.perform(get("/console/moderation").with(moderator()))
                .andExpect(content().string(not(containsString("Carol"))));
        mvc.perform(get("/console/moderation").param("status", "all").with(moderator()))
                .andExpect(content().string(containsString("Carol")))
                .andExpect(content().string(containsString("Handled")))
                .andExpect(content().string(containsString("mod")));
    }

    @Test
    void aFailedActionIsShownWithThePlatformsReasonAndTheItemStaysOpen() throws Exception {
        facebook.failNext(DeliveryException.rateLimited(Duration.ofSeconds(30), "Graph API: too many calls"));
        var result = mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "delete")
                        .with(moderator()).with(csrf()))
                .andReturn();
        QueueItem acted = (QueueItem) result.getFlashMap().get("acted");
        assertThat(acted.status()).isEqualTo("open");
        assertThat(acted.steps()).singleElement().satisfies(step -> {
            assertThat(step.outcome()).isEqualTo("failed");
            assertThat(step.detail()).contains("wait 30 s");
        });
        mvc.perform(get("/console/moderation").with(moderator()).flashAttr("acted", acted))
                .andExpect(content().string(containsString("Delete failed:")))
                .andExpect(content().string(containsString("data-action=\"delete\"")));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void aCommentTheGuardHidIsOfferedNeitherHideNorShowAgainAndBothAreRefusedWithoutReachingThePlatform()
            throws Exception {
        GuardDecision decision = new GuardDecision("guard:facebook:hid-it", Channel.FACEBOOK, "1000000001", POST, COMMENT,
                "3000000003", "Carol", null, GuardSubject.MESSAGE, "DM me", "message.giveaway", Severity.HIGH,
                "message.giveaway (high)", GuardAction.DELETE, Instant.parse("2026-01-05T10:00:00Z"));
        decision.recordRemoval("HIDDEN");
        decision.recordOutcome(GuardOutcome.DONE, "message removed");
        long decisionId = guardDecisions.save(decision).getId();

        mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("data-action=\"delete\"")))
                .andExpect(content().string(not(containsString("data-action=\"hide\""))))
                .andExpect(content().string(not(containsString("data-action=\"unhide\""))))
                .andExpect(content().string(containsString(">hidden<")))
                .andExpect(content().string(containsString("/console/guard#decision-" + decisionId)));

        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "hide").with(moderator()).with(csrf()))
                .andExpect(redirectedUrl("/console/moderation"))
                .andExpect(flash().attribute("refusedKey", "console.moderation.pointless.HIDDEN_ALREADY"));
        mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .flashAttr("refusedKey", "console.moderation.pointless.HIDDEN_ALREADY"))
                .andExpect(content().string(containsString("该消息已被隐藏，未执行任何操作。")));
        mvc.perform(post("/api/moderation/queue/{id}/actions", comment).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"unhide\"}").with(moderator()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("undo its decision " + decisionId + " on the guard page")))
                .andExpect(jsonPath("$.allowed").value(contains("delete")));

        assertThat(facebook.moderated()).as("nothing reached the platform").isEmpty();
        assertThat(desk.item(comment).steps()).as("nothing changed on the item").isEmpty();
        assertThat(desk.item(comment).status()).isEqualTo("open");
    }

    @Test
    void aPlatformsKnownFailureIsWordedInTheReadersLanguageWithItsOwnWordsKeptInTheTitle() throws Exception {
        facebook.failNext(DeliveryException.permanent("Telegram: Bad Request: not enough rights to restrict/unrestrict chat member", null));
        var result = mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "delete")
                        .with(moderator()).with(csrf()))
                .andReturn();
        QueueItem acted = (QueueItem) result.getFlashMap().get("acted");

        String zh = mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .flashAttr("acted", acted))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("删除失败：机器人在该群组中权限不足")
                .contains("title=\"the platform refused: Telegram: Bad Request: not enough rights to restrict");
        assertThat(zh.replaceAll("title=\"[^\"]*\"", "")).as("the platform's own words only in titles")
                .doesNotContain("not enough rights", "the platform refused");

        mvc.perform(get("/console/moderation").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("The bot lacks the rights for this in the group")));
    }

    @Test
    void anActionTheChannelDoesNotOfferIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "ban").with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/moderation"))
                .andExpect(flash().attribute("refusedText", "Facebook does not offer “Ban” here."));
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "ban").with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(flash().attribute("refusedText", "Facebook 在此不支持“封禁”。"));
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "explode").with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(flash().attribute("refusedText", "没有名为“explode”的审核操作。"));
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "hide")
                        .param("durationMinutes", "0").with(moderator()).with(csrf()))
                .andExpect(flash().attribute("refusedKey", "console.moderation.badDuration"));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void dismissingHandlesTheItemWithoutTouchingThePlatform() throws Exception {
        mvc.perform(post("/console/moderation/{id}/dismiss", comment).with(moderator()).with(csrf()))
                .andExpect(redirectedUrl("/console/moderation"));
        mvc.perform(get("/console/moderation").with(moderator()))
                .andExpect(content().string(containsString("Nothing waits for a moderator.")));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void unknownItemsGetANotFoundPage() throws Exception {
        mvc.perform(post("/console/moderation/{id}/actions", 987654).param("action", "hide").with(moderator()).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is nothing at this address")));
    }

    @Test
    void agentsCannotModerateAndFormsNeedTheirToken() throws Exception {
        mvc.perform(get("/console/moderation").with(user("agent").roles("AGENT")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(post("/console/moderation/{id}/actions", comment).param("action", "hide").with(moderator()))
                .andExpect(status().isForbidden());
        assertThat(facebook.moderated()).isEmpty();
    }
}
