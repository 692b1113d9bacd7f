package io.switchboard.admin.moderation;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.FakeFacebookGateway.Moderated;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@StaffApiTest
class ModerationApiTest {

    private static final String POST = "post:1000000001_4000000004";
    private static final String COMMENT = "4000000004_5000000005";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    FakeFacebookGateway facebook;

    @Autowired
    ThreadMessageRepository messages;

    SupportThread pageThread;
    ThreadMessage comment;

    @BeforeEach
    void aCommentOnThePage() {
        data.reset();
        facebook.reset();
        Member carol = data.member(Channel.FACEBOOK, "3000000003", "Carol", null, false);
        pageThread = data.thread(carol, POST, ThreadStatus.OPEN, T0, T0);
        comment = data.message(pageThread, Direction.IN, COMMENT, "DM me for a 2x giveaway", null, T0);
    }

    private ResultActions moderate(SupportThread thread, ThreadMessage message, String action) throws Exception {
        return mvc.perform(post("/api/threads/{thread}/messages/{message}/moderation", thread.getId(), message.getId())
                .with(staff()).contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"" + action + "\"}"));
    }

    @Test
    void hidingACommentGoesThroughTheGatewayAndTheThreadShowsItHidden() throws Exception {
        moderate(pageThread, comment, "hide")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messageId").value(comment.getId().intValue()))
                .andExpect(jsonPath("$.channel").value("facebook"))
                .andExpect(jsonPath("$.action").value("hide"))
                .andExpect(jsonPath("$.hidden").value(true))
                .andExpect(jsonPath("$.removed").value(false));

        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, POST, COMMENT));
        mvc.perform(get("/api/threads/{id}", pageThread.getId()).with(staff()))
                .andExpect(jsonPath("$.messages[0].hidden").value(true));

        moderate(pageThread, comment, "UNHIDE").andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(false));
    }

    @Test
    void deletingACommentMarksItRemovedAndKeepsTheText() throws Exception {
        moderate(pageThread, comment, "delete")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed").value(true));

        assertThat(messages.findById(comment.getId())).get().satisfies(stored -> {
            assertThat(stored.isRemoved()).isTrue();
            assertThat(stored.getText()).isEqualTo("DM me for a 2x giveaway");
        });
    }

    @Test
    void anActionThePlatformDoesNotOfferThereIsRefusedWithTheOnesItDoes() throws Exception {
        Member dave = data.member(Channel.FACEBOOK, "6000000006", "Dave", null, false);
        SupportThread messenger = data.thread(dave, "messenger:6000000006", ThreadStatus.OPEN, T0, T0);
        ThreadMessage chat = data.message(messenger, Direction.IN, "m_abc", "hello", null, T0);

        moderate(messenger, chat, "hide")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("does not let staff hide")));
        moderate(pageThread, comment, "burn")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("unknown moderation action 'burn'"))
                .andExpect(jsonPath("$.allowed").value(contains("hide", "unhide", "delete")));
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void whenThePlatformRefusesOrFailsNothingChanges() throws Exception {
        facebook.failNext(DeliveryException.permanent("(#100) Object with ID does not exist", null));
        moderate(pageThread, comment, "hide")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(containsString("does not exist")));

        facebook.failNext(DeliveryException.rateLimited(Duration.ofSeconds(30), "too many calls"));
        moderate(pageThread, comment, "delete")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"));

        facebook.failNext(DeliveryException.transientFailure("Graph API answered 503", null));
        moderate(pageThread, comment, "delete").andExpect(status().isBadGateway());

        assertThat(messages.findById(comment.getId())).get().satisfies(stored -> {
            assertThat(stored.isHidden()).isFalse();
            assertThat(stored.isRemoved()).isFalse();
        });
    }

    @Test
    void onlyAMembersMessageOfThatThreadOnAConnectedChannelCanBeModerated() throws Exception {
        ThreadMessage botReply = data.message(pageThread, Direction.OUT, "4000000004_5000000099", "Hi!", null, T0);
        Member erin = data.member(Channel.TELEGRAM, "7001", "Erin", null, false);
        SupportThread telegram = data.thread(erin, "-100200300:7", ThreadStatus.OPEN, T0, T0);
        ThreadMessage groupMessage = data.message(telegram, Direction.IN, "42", "spam", null, T0);

        moderate(pageThread, botReply, "hide").andExpect(status().isBadRequest());
        moderate(telegram, comment, "hide").andExpect(status().isNotFound());
        moderate(telegram, groupMessage, "delete")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("telegram connector is off")));
        mvc.perform(post("/api/threads/{thread}/messages/{message}/moderation", pageThread.getId(), comment.getId())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"hide\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(facebook.moderated()).isEmpty();
    }

    @Test
    void anActionThatMakesNoSenseForTheMessageAsItStandsIsRefusedWithWhyAndWhatIsLeftAndNothingIsSent() throws Exception {
        moderate(pageThread, comment, "unhide")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("is not hidden: there is nothing to show again")))
                .andExpect(jsonPath("$.allowed").value(contains("hide", "delete")));

        moderate(pageThread, comment, "hide").andExpect(status().isOk());
        moderate(pageThread, comment, "hide")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("is hidden already")))
                .andExpect(jsonPath("$.allowed").value(contains("unhide", "delete")));

        moderate(pageThread, comment, "delete").andExpect(status().isOk());
        for (String action : new String[] {"hide", "unhide", "delete"}) {
            moderate(pageThread, comment, action)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message").value(containsString("was deleted: there is nothing left to " + action)))
                    .andExpect(jsonPath("$.allowed").doesNotExist()); // nothing is left to do to it
        }

        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, POST, COMMENT),
                new Moderated(ModerationAction.DELETE, POST, COMMENT));
        assertThat(messages.findById(comment.getId())).get().satisfies(stored -> {
            assertThat(stored.isHidden()).isTrue();
            assertThat(stored.isRemoved()).isTrue();
        });
    }
}
