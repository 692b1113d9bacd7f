package io.switchboard.admin.moderation;

import static io.switchboard.admin.moderation.ModerationQueueFixture.COMMENT;
import static io.switchboard.admin.moderation.ModerationQueueFixture.POST;
import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.FakeFacebookGateway.Moderated;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@StaffApiTest
class ModerationQueueApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ModerationQueue queue;

    @Autowired
    FakeFacebookGateway facebook;

    @Autowired
    ModerationQueueFixture fixture;

    long comment;

    @BeforeEach
    void aReportedComment() {
        comment = fixture.flaggedComment("Carol", "DM me for a 2x giveaway");
    }

    private ResultActions act(long item, String body) throws Exception {
        return mvc.perform(post("/api/moderation/queue/{id}/actions", item).with(staff())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theQueueListsItemsNewestFirstAndFiltersByStatusAndChannel() throws Exception {
        long telegram = queue.flag(new ModerationFlag(Channel.TELEGRAM, "-1001500000002", "-1001500000002:42",
                "4100001", "Alice", "free USDT here", "reported by a member", Flagger.member("4100002"), false)).itemId();
        mvc.perform(post("/api/moderation/queue/{id}/dismiss", telegram).with(staff())).andExpect(status().isOk());

        mvc.perform(get("/api/moderation/queue").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(telegram))
                .andExpect(jsonPath("$.content[1].id").value(comment));
        mvc.perform(get("/api/moderation/queue?status=open").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains((int) comment)));
        mvc.perform(get("/api/moderation/queue?status=handled&channel=telegram").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains((int) telegram)))
                .andExpect(jsonPath("$.content[0].handledBy").value(StaffApiTest.USERNAME));
        mvc.perform(get("/api/moderation/queue?status=closed").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.allowed").value(contains("OPEN", "HANDLED")));
    }

    @Test
    void anItemShowsWhoFlaggedItWhyAndWhatTheChannelOffers() throws Exception {
        for (int again = 0; again < 2; again++) {
            queue.flag(new ModerationFlag(Channel.FACEBOOK, POST, COMMENT, "3000000003", "Carol", "DM me",
                    "spam", Flagger.member("6000000006"), false));
        }

        mvc.perform(get("/api/moderation/queue/{id}", comment).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("facebook"))
                .andExpect(jsonPath("$.messageId").value(COMMENT))
                .andExpect(jsonPath("$.memberName").value("Carol"))
                .andExpect(jsonPath("$.reason").value(ModerationQueueFixture.REASON))
                .andExpect(jsonPath("$.flaggedBySource").value("rule"))
                .andExpect(jsonPath("$.flaggedBy").value("scam-guard"))
                .andExpect(jsonPath("$.flagCount").value(2)) // the rule and the member, once each
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.messageState").value("visible"))
                .andExpect(jsonPath("$.actions").value(contains("hide", "delete"))) // nothing to show again
                .andExpect(jsonPath("$.steps").value(empty()));
        mvc.perform(get("/api/moderation/queue/{id}", 987654).with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no moderation queue item 987654"));
    }

    @Test
    void anActionGoesThroughTheGatewayIsRecordedAndHandlesTheItem() throws Exception {
        act(comment, "{\"action\": \"hide\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("handled"))
                .andExpect(jsonPath("$.steps[0].action").value("hide"))
                .andExpect(jsonPath("$.steps[0].actor").value(StaffApiTest.USERNAME))
                .andExpect(jsonPath("$.steps[0].outcome").value("done"));

        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, POST, COMMENT));
        mvc.perform(get("/api/moderation/queue/{id}", comment).with(staff()))
                .andExpect(jsonPath("$.steps.length()").value(1));
        mvc.perform(get("/api/audit").param("targetType", "moderation-item").param("targetId", String.valueOf(comment))
                        .with(staff()))
                .andExpect(jsonPath("$.content[0].action").value("moderation.hide"))
                .andExpect(jsonPath("$.content[0].actor").value(StaffApiTest.USERNAME))
                .andExpect(jsonPath("$.content[0].before").value("{\"status\":\"open\"}"))
                .andExpect(jsonPath("$.content[0].after").value(containsString("\"status\":\"handled\"")))
                .andExpect(jsonPath("$.content[0].after").value(containsString("\"outcome\":\"done\"")));
    }

    @Test
    void aPlatformThatRefusesOrRateLimitsGivesAFailedStepAndTheItemStaysOpen() throws Exception {
        facebook.failNext(DeliveryException.rateLimited(Duration.ofSeconds(30), "Graph API: too many calls"));
        facebook.failNext(DeliveryException.permanent("(#100) Object with ID does not exist", null));

        act(comment, "{\"action\": \"delete\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.steps[0].outcome").value("failed"))
                .andExpect(jsonPath("$.steps[0].detail").value(containsString("wait 30 s")));
        act(comment, "{\"action\": \"delete\"}")
                .andExpect(jsonPath("$.steps[1].outcome").value("failed"))
                .andExpect(jsonPath("$.steps[1].detail").value(containsString("refused: (#100) Object with ID does not exist")));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void badRequestsAreRefusedClearlyAndSendNothing() throws Exception {
        act(comment, "{\"action\": \"mute\", \"durationMinutes\": 60}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("facebook does not offer mute for this item"))
                .andExpect(jsonPath("$.allowed").value(contains("hide", "unhide", "delete")));
        act(comment, "{\"action\": \"burn\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("unknown moderation action 'burn'"));
        act(comment, "{\"action\": \"hide\", \"durationMinutes\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.durationMinutes").value("must be 1 or more"));
        act(987654, "{\"action\": \"hide\"}").andExpect(status().isNotFound());

        long telegram = queue.flag(new ModerationFlag(Channel.TELEGRAM, "-1001500000002", "-1001500000002:42",
                "4100001", "Alice", "free USDT", "reported by a member", Flagger.member("4100002"), false)).itemId();
        act(telegram, "{\"action\": \"mute\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("telegram connector is off")));

        assertThat(facebook.moderated()).isEmpty();
        mvc.perform(get("/api/moderation/queue/{id}", comment).with(staff()))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.steps").value(empty()));
    }

    @Test
    void dismissingHandlesAnOpenItemOnce() throws Exception {
        mvc.perform(post("/api/moderation/queue/{id}/dismiss", comment).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("handled"));
        mvc.perform(post("/api/moderation/queue/{id}/dismiss", comment).with(staff()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("moderation queue item " + comment + " is handled already"));
        mvc.perform(get("/api/audit").param("action", "moderation.dismiss").param("targetId", String.valueOf(comment))
                        .with(staff()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].after").value("{\"status\":\"handled\"}"));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void onlyModeratorsAndAdminsWorkTheQueue() throws Exception {
        mvc.perform(get("/api/moderation/queue").with(user("mod").roles("MODERATOR"))).andExpect(status().isOk());
        mvc.perform(get("/api/moderation/queue").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/moderation/queue/{id}/actions", comment).with(user("agent").roles("AGENT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"hide\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/moderation/queue")).andExpect(status().isUnauthorized());
        assertThat(facebook.moderated()).isEmpty();
    }
}
