package io.switchboard.admin.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementDeliveryRepository;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.announcement.DeliveryState;
import io.switchboard.core.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's announcements for managers: the list with each copy's delivery, the form, retry and retract. */
@StaffApiTest
class AnnouncementPagesTest {

    private static final RequestPostProcessor MODERATOR = user("console-moderator").roles("MODERATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    Announcements announcements;

    @Autowired
    AnnouncementDeliveryRepository deliveries;

    @Test
    void aModeratorPublishesOneWithTheFormAndItIsStoredAsWritten() throws Exception {
        mvc.perform(get("/console/announcements/new").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write an announcement")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/console/announcements").with(MODERATOR).with(csrf())
                        .param("category", "NEW_LISTING")
                        .param("titleEn", "NOVA lists today").param("bodyEn", "Trading opens at 10:00 UTC.")
                        .param("titleZh", "NOVA 今日上线").param("bodyZh", "10:00 UTC 开放交易。")
                        .param("channels", "TELEGRAM", "FORUM")
                        .param("publishAt", "2030-01-02T09:30").param("expiresAt", "2030-01-09T09:30")
                        .param("pin", "true"))
                .andExpect(redirectedUrl("/console/announcements?published"));

        AnnouncementContent stored = find("NOVA lists today");
        assertThat(stored.category()).isEqualTo(AnnouncementCategory.NEW_LISTING);
        assertThat(stored.texts().get("zh")).isEqualTo(new AnnouncementText("NOVA 今日上线", "10:00 UTC 开放交易。"));
        assertThat(stored.channels()).containsExactlyInAnyOrder(Channel.TELEGRAM, Channel.FORUM);
        assertThat(stored.publishedAt()).isEqualTo(Instant.parse("2030-01-02T09:30:00Z"));
        assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2030-01-09T09:30:00Z"));
        assertThat(stored.pin()).isTrue();
        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("NOVA lists today")))
                .andExpect(content().string(containsString("Scheduled")));
    }

    @Test
    void aHalfWrittenAnnouncementIsShownBackWithItsErrorsInTheReadersLanguageAndNothingIsStored() throws Exception {
        int before = announcements.all().size();

        mvc.perform(post("/console/announcements").with(MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("titleEn", "Half <written>").param("bodyEn", "")
                        .param("publishAt", "2030-01-02T09:30").param("expiresAt", "2030-01-01T09:30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString("Choose a category.")))
                .andExpect(content().string(containsString("A language needs both a title and a text.")))
                .andExpect(content().string(containsString("The expiry must come after the publication time.")))
                .andExpect(content().string(containsString("value=\"Half &lt;written&gt;\"")));
        mvc.perform(post("/console/announcements").with(MODERATOR).with(csrf()).param("lang", "zh")
                        .param("category", "POLICY").param("publishAt", "not a date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请用英文、中文或两种语言撰写公告。")))
                .andExpect(content().string(containsString("不是有效的日期和时间。")));

        assertThat(announcements.all()).hasSize(before);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndNothingIsStored() throws Exception {
        int before = announcements.all().size();

        mvc.perform(post("/console/announcements").with(MODERATOR)
                        .param("category", "POLICY").param("titleEn", "Forged").param("bodyEn", "Forged text."))
                .andExpect(status().isForbidden());

        assertThat(announcements.all()).hasSize(before);
    }

    @Test
    void agentsAreNotManagers() throws Exception {
        mvc.perform(get("/console/announcements").with(user("console-agent").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/inbox").with(user("console-agent").roles("AGENT")))
                .andExpect(content().string(not(containsString("href=\"/console/announcements\""))));
        mvc.perform(get("/console/inbox").with(MODERATOR))
                .andExpect(content().string(containsString("href=\"/console/announcements\"")));
    }

    @Test
    void theListShowsEachCopysDeliveryAndAFailedOneIsRetriedWithItsButton() throws Exception {
        AnnouncementContent published = announcements.publish(new AnnouncementContent(null,
                AnnouncementCategory.MAINTENANCE, Map.of("en", new AnnouncementText("Wallet maintenance", "Tonight.")),
                Set.of(), Instant.now(), null), "admin");
        AnnouncementDelivery sent = new AnnouncementDelivery(published.id(), Channel.TELEGRAM, "-1001", Instant.now());
        sent.stepDone(sent.getStep(), "-1001:77", null, false, Instant.now());
        AnnouncementDelivery failed = new AnnouncementDelivery(published.id(), Channel.FACEBOOK, "1000", Instant.now());
        failed.fail("PUBLISH PERMANENT: (#200) missing permission", Instant.now());
        deliveries.saveAll(List.of(sent, failed));

        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("已发送")))
                .andExpect(content().string(containsString("-1001:77")))
                .andExpect(content().string(containsString("失败")))
                .andExpect(content().string(containsString("发布失败（被平台拒绝）：(#200) missing permission")))
                .andExpect(content().string(not(containsString("PUBLISH PERMANENT"))))
                .andExpect(content().string(containsString("/deliveries/" + failed.getId() + "/retry")))
                .andExpect(content().string(not(containsString("/deliveries/" + sent.getId() + "/retry"))));

        mvc.perform(post("/console/announcements/" + published.id() + "/deliveries/" + failed.getId() + "/retry")
                        .with(MODERATOR).with(csrf()))
                .andExpect(redirectedUrl("/console/announcements?retried"));

        AnnouncementDelivery retried = deliveries.findById(failed.getId()).orElseThrow();
        assertThat(retried.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(retried.getRetried()).isEqualTo(1);
    }

    @Test
    void theChinesePageShowsTheChineseTitleAndWordsThePipelinesReasons() throws Exception {
        AnnouncementContent published = announcements.publish(new AnnouncementContent(null,
                AnnouncementCategory.MAINTENANCE, Map.of("en", new AnnouncementText("XRP deposits paused", "Tonight."),
                        "zh", new AnnouncementText("XRP 充值暂停", "今晚。")),
                Set.of(), Instant.now(), null), "admin");
        AnnouncementDelivery unreachable = new AnnouncementDelivery(published.id(), Channel.TWITTER, "-", Instant.now());
        unreachable.fail("no connector configured for twitter", Instant.now());
        AnnouncementDelivery kept = new AnnouncementDelivery(published.id(), Channel.FACEBOOK, "1000", Instant.now());
        kept.keptOriginalText("facebook cannot edit a published post: this copy keeps the text it was published with",
                Instant.now());
        deliveries.saveAll(List.of(unreachable, kept));

        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("XRP 充值暂停")))
                .andExpect(content().string(not(containsString("XRP deposits paused"))))
                .andExpect(content().string(containsString("X 连接器未配置。")))
                .andExpect(content().string(containsString("Facebook 无法编辑已发布的帖子")))
                .andExpect(content().string(not(containsString("no connector configured"))))
                .andExpect(content().string(not(containsString("cannot edit a published post"))));
        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("XRP deposits paused")))
                .andExpect(content().string(containsString("The X connector is not configured.")));
    }

    @Test
    void retractingDeletesTheCopiesThatWentOutAndStopsTheOthers() throws Exception {
        AnnouncementContent published = announcements.publish(new AnnouncementContent(null,
                AnnouncementCategory.CAMPAIGN, Map.of("en", new AnnouncementText("Campaign to retract", "Soon.")),
                Set.of(), Instant.now(), null), "admin");
        AnnouncementDelivery sent = new AnnouncementDelivery(published.id(), Channel.FORUM, "announcements", Instant.now());
        sent.stepDone(sent.getStep(), "12", null, false, Instant.now());
        AnnouncementDelivery waiting = new AnnouncementDelivery(published.id(), Channel.TWITTER, "1", Instant.now());
        deliveries.saveAll(List.of(sent, waiting));

        mvc.perform(post("/console/announcements/" + published.id() + "/retract").with(MODERATOR).with(csrf()))
                .andExpect(redirectedUrl("/console/announcements?retracted"));

        assertThat(announcements.all()).noneMatch(a -> a.id().equals(published.id()));
        assertThat(deliveries.findById(sent.getId()).orElseThrow().getStep()).hasToString("RETRACT");
        assertThat(deliveries.findById(waiting.getId()).orElseThrow().getState()).isEqualTo(DeliveryState.RETRACTED);
        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("Retracted")));
    }

    @Test
    void anExpiredCopyIsShownExpiredAndAPinStillToComeDownSaysSo() throws Exception {
        AnnouncementContent published = announcements.publish(new AnnouncementContent(null,
                AnnouncementCategory.CAMPAIGN, Map.of("en", new AnnouncementText("Weekend bonus", "Until Sunday.")),
                Set.of(), Instant.now(), null), "admin");
        AnnouncementDelivery tweet = new AnnouncementDelivery(published.id(), Channel.TWITTER, "42", Instant.now());
        tweet.stepDone(tweet.getStep(), "1850", null, false, Instant.now());
        tweet.expire(Instant.now());
        AnnouncementDelivery pinned = new AnnouncementDelivery(published.id(), Channel.TELEGRAM, "-1001", Instant.now());
        pinned.stepDone(pinned.getStep(), "-1001:9", null, true, Instant.now());
        pinned.stepDone(pinned.getStep(), null, null, true, Instant.now());
        pinned.expire(Instant.now());
        deliveries.saveAll(List.of(tweet, pinned));

        mvc.perform(get("/console/announcements").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString(">Expired</span>")))
                .andExpect(content().string(containsString("to unpin")));
    }

    private AnnouncementContent find(String title) {
        return announcements.all().stream().filter(a -> a.texts().get("en").title().equals(title)).findFirst()
                .orElseThrow();
    }
}
