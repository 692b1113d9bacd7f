package io.switchboard.forum.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Posting;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What support's posts look like in a topic, and what can be accepted: the bot's answer and a staff
 * reply are answers, labelled as the bot's and as the staff member's; the bot's ticket notice is
 * not an answer; an announcement is labelled an announcement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficialPostsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Posting posting;

    @Autowired
    ForumReads reads;

    @Autowired
    ForumGateway gateway;

    @Test
    void theTicketNoticeOffersNoAcceptAndAcceptingItIsRefusedWhileTheBotsAnswerCanBeAccepted() throws Exception {
        Account asker = fixtures.member("asker");
        long topic = posting.startTopic(asker.getUsername(), "help", "Deposit missing", "Where is my USDT?", "", "en")
                .getTopic().getId();
        long notice = send(topic, "Ticket T-7 is open: an agent will answer here.", Sender.BOT_NOTICE);
        long answer = send(topic, "Deposits on the wrong network can be recovered: https://help.novaex.example/r",
                Sender.BOT_ANSWER);

        Document page = page(topic, asker.getUsername(), "en");
        assertThat(postOn(page, notice).select("form[action$=/accept]")).isEmpty();
        assertThat(postOn(page, notice).select(".badge.official").text()).isEqualTo("Notice from the support bot");
        assertThat(postOn(page, answer).select("form[action$=/accept] button").text()).isEqualTo("Accept this answer");
        assertThat(postOn(page, answer).select(".badge.official").text()).isEqualTo("Official answer from the support bot");
        assertThat(postOn(page, answer).select(".body a").attr("href")).isEqualTo("https://help.novaex.example/r");
        assertThat(postOn(page, answer).select(".body a").attr("rel")).isEqualTo("nofollow noopener");

        mvc.perform(post("/api/forum/posts/" + notice + "/accept")
                        .with(httpBasic(asker.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(
                        "A notice from support is not an answer: only answers can be accepted."));
        mvc.perform(post("/forum/p/" + notice + "/accept").with(user(asker.getUsername())).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(reads.summary(topic, null).solved()).as("nothing changed").isFalse();

        mvc.perform(post("/forum/p/" + answer + "/accept").with(user(asker.getUsername())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(reads.summary(topic, null).solved()).isTrue();
    }

    @Test
    void aStaffReplyCarriesTheStaffMembersNameAndRoleAndCanBeAccepted() throws Exception {
        Account asker = fixtures.member("asker");
        Account agent = fixtures.staff("agent", AccountRole.AGENT);
        long topic = posting.startTopic(asker.getUsername(), "help", "Frozen", "Why is my account frozen?", "", "zh")
                .getTopic().getId();

        long reply = send(topic, "I have unfrozen it.", Sender.staff(agent.getUsername()));

        Element en = postOn(page(topic, asker.getUsername(), "en"), reply);
        assertThat(en.select(".author a").text()).isEqualTo(agent.getDisplayName());
        assertThat(en.select(".author .badge").eachText()).containsExactly("Support agent", "Official answer");
        assertThat(en.text()).doesNotContain("bot");
        assertThat(en.select("form[action$=/accept]")).hasSize(1);
        Element zh = postOn(page(topic, asker.getUsername(), "zh"), reply);
        assertThat(zh.select(".author .badge").eachText()).containsExactly("客服专员", "官方回答");
    }

    @Test
    void theForumCopyOfAnAnnouncementIsLabelledAnAnnouncement() throws Exception {
        long topic = Long.parseLong(gateway.publish("announcements", new Broadcast(1, AnnouncementCategory.values()[0],
                List.of(new AnnouncementText("XRP deposits paused", "Maintenance until 04:00 UTC.")), null))
                .messageId());

        Document en = page(topic, null, "en");
        assertThat(en.select(".post .author .badge").eachText()).containsExactly("Announcement");
        assertThat(en.select(".post form[action$=/accept]")).isEmpty();
        assertThat(page(topic, null, "zh").select(".post .author .badge").eachText()).containsExactly("公告");
    }

    @Test
    void aReplyWhoseSendWasInterruptedIsFoundInItsTopicSoTheOutboxDoesNotPostItTwice() {
        Account asker = fixtures.member("interrupted");
        long topic = posting.startTopic(asker.getUsername(), "help", "Withdrawal pending", "Still pending", "", "en")
                .getTopic().getId();
        Instant before = Instant.now().minusSeconds(1);
        String text = "Withdrawals wait for 12 confirmations.\n- check the network";
        long stored = send(topic, text, Sender.BOT_ANSWER);

        DeliveryLookup found = gateway.findDelivered(message(topic, text, Sender.BOT_ANSWER), before);
        assertThat(found.verdict()).isEqualTo(DeliveryLookup.Verdict.DELIVERED);
        assertThat(found.receipt().messageId()).isEqualTo(Long.toString(stored));
        assertThat(gateway.findDelivered(message(topic, "Another answer", Sender.BOT_ANSWER), before))
                .isEqualTo(DeliveryLookup.NOT_DELIVERED);
        assertThat(gateway.findDelivered(message(topic, text, Sender.BOT_NOTICE), before))
                .as("the same words as a notice are another post").isEqualTo(DeliveryLookup.NOT_DELIVERED);
        assertThat(gateway.findDelivered(message(topic, text, Sender.BOT_ANSWER), Instant.now().plusSeconds(60)))
                .as("a post older than the interrupted call is an earlier reply").isEqualTo(DeliveryLookup.NOT_DELIVERED);
    }

    @Test
    void anAnnouncementWhosePublicationWasInterruptedIsFoundOnTheBoardSoItIsNotPublishedTwice() {
        Instant before = Instant.now().minusSeconds(1);
        String title = "ETH withdrawals resume";
        long published = Long.parseLong(gateway.publish("announcements", broadcast(title)).messageId());
        posting.officialTopic("help", "Card payments delayed", "Another board, another topic.");
        Account member = fixtures.member("lookalike");
        posting.startTopic(member.getUsername(), "help", "Card payments delayed", "Same title, not ours", "", "en");

        DeliveryLookup found = gateway.findPublished("announcements", broadcast(title), before);
        assertThat(found.verdict()).isEqualTo(DeliveryLookup.Verdict.DELIVERED);
        assertThat(found.receipt().messageId()).isEqualTo(Long.toString(published));
        assertThat(gateway.findPublished("announcements", broadcast("Card payments delayed"), before))
                .as("the same title on another board, or by a member, is not the announcement's copy")
                .isEqualTo(DeliveryLookup.NOT_DELIVERED);
        assertThat(gateway.findPublished("announcements", broadcast(title), Instant.now().plusSeconds(60)))
                .as("a topic older than the interrupted call is an earlier announcement")
                .isEqualTo(DeliveryLookup.NOT_DELIVERED);
    }

    private static Broadcast broadcast(String title) {
        return new Broadcast(2, AnnouncementCategory.values()[0],
                List.of(new AnnouncementText(title, "Back to normal since 09:00 UTC.")), null);
    }

    private long send(long topic, String text, Sender sender) {
        return Long.parseLong(gateway.send(message(topic, text, sender)).messageId());
    }

    private static OutboundMessage message(long topic, String text, Sender sender) {
        String key = "topic:" + topic;
        return new OutboundMessage(Channel.FORUM, key, key, null, text, TextFormat.PLAIN, sender);
    }

    private Document page(long topic, String reader, String language) throws Exception {
        var request = get("/forum/t/" + topic).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (reader != null) {
            request.with(user(reader));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static Element postOn(Document page, long id) {
        return page.getElementById("p" + id);
    }
}
