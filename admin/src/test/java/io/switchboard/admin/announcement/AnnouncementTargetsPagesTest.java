package io.switchboard.admin.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.chat.Chat;
import io.switchboard.core.chat.ChatRepository;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Choosing which of the configured Telegram chats an announcement goes to, in the console's form
 * and the API, with a Telegram connector configured with an announcement channel and two groups.
 */
@StaffApiTest
@Import(AnnouncementTargetsPagesTest.ConfiguredTelegram.class)
class AnnouncementTargetsPagesTest {

    private static final RequestPostProcessor MODERATOR = user("console-moderator").roles("MODERATOR");
    private static final String CHANNEL = "@novaex_news";
    private static final String TRADERS = "-1002000000002";
    private static final String VIP = "-1002000000003";

    /** Telegram as its connector is configured here; nothing is sent in these tests. */
    @TestConfiguration
    static class ConfiguredTelegram {

        @Bean
        ChannelGateway telegram() {
            return new ChannelGateway() {
                @Override
                public Channel channel() {
                    return Channel.TELEGRAM;
                }

                @Override
                public DeliveryReceipt send(OutboundMessage message) {
                    throw new UnsupportedOperationException("nothing is sent here");
                }

                @Override
                public List<String> broadcastTargets() {
                    return List.of(CHANNEL, TRADERS, VIP);
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Announcements announcements;

    @Autowired
    ChatRepository chats;

    @BeforeEach
    void theBotHasSeenTheTradersGroup() {
        if (chats.findByChannelAndChatId(Channel.TELEGRAM, TRADERS).isEmpty()) {
            chats.save(new Chat(Channel.TELEGRAM, TRADERS, "NovaEx Traders", "supergroup", Instant.now()));
        }
    }

    @Test
    void theFormOffersTheConfiguredChatsAndStoresTheOnesTicked() throws Exception {
        mvc.perform(get("/console/announcements/new").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Telegram chats")))
                .andExpect(content().string(containsString("value=\"" + CHANNEL + "\"")))
                .andExpect(content().string(containsString("NovaEx Traders (" + TRADERS + ")")))
                .andExpect(content().string(containsString("value=\"" + VIP + "\"")));

        mvc.perform(post("/console/announcements").with(MODERATOR).with(csrf())
                        .param("category", "CAMPAIGN")
                        .param("titleEn", "VIP fee holiday").param("bodyEn", "No trading fees this weekend.")
                        .param("channels", "TELEGRAM")
                        .param("telegramChats", CHANNEL, VIP))
                .andExpect(redirectedUrl("/console/announcements?published"));

        AnnouncementContent stored = find("VIP fee holiday");
        assertThat(stored.targets()).isEqualTo(Map.of(Channel.TELEGRAM, Set.of(CHANNEL, VIP)));
        mvc.perform(get("/console/announcements/" + stored.id() + "/edit").with(MODERATOR))
                .andExpect(content().string(containsString("value=\"" + VIP + "\" id=\"telegramChats3\" name=\"telegramChats\""
                        + " checked=\"checked\"")))
                .andExpect(content().string(containsString("value=\"" + TRADERS + "\" id=\"telegramChats2\""
                        + " name=\"telegramChats\">")));
    }

    @Test
    void aChatThatIsNotConfiguredIsAFormErrorAndNothingIsStored() throws Exception {
        int before = announcements.all().size();

        mvc.perform(post("/console/announcements").with(MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("category", "POLICY")
                        .param("titleEn", "Forged target").param("bodyEn", "To a chat nobody configured.")
                        .param("telegramChats", "-1009999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "-1009999999999 is not a configured Telegram announcement chat.")));

        assertThat(announcements.all()).hasSize(before);
    }

    @Test
    void theApiTakesTheChosenChatsAndAnswers400ForAnUnknownOne() throws Exception {
        int before = announcements.all().size();

        mvc.perform(post("/api/announcements").with(StaffApiTest.Credentials.staff())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category": "MAINTENANCE", "publishedAt": "2030-01-01T00:00:00Z",
                                 "texts": {"en": {"title": "Unknown chat", "body": "Never stored."}},
                                 "targets": {"TELEGRAM": ["%s", "-1009999999999"]}}""".formatted(TRADERS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['targets.TELEGRAM']").value(containsString(
                        "-1009999999999 is not a configured announcement target of telegram")));
        assertThat(announcements.all()).hasSize(before);

        mvc.perform(post("/api/announcements").with(StaffApiTest.Credentials.staff())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category": "MAINTENANCE", "publishedAt": "2030-01-01T00:00:00Z",
                                 "texts": {"en": {"title": "Traders only", "body": "Wallets pause tonight."}},
                                 "channels": ["FORUM"], "targets": {"TELEGRAM": ["%s"]}}""".formatted(TRADERS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.targetedWithinItsChannels")
                        .value("targets may only name channels the announcement goes to"));

        mvc.perform(post("/api/announcements").with(StaffApiTest.Credentials.staff())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category": "MAINTENANCE", "publishedAt": "2030-01-01T00:00:00Z",
                                 "texts": {"en": {"title": "Traders only", "body": "Wallets pause tonight."}},
                                 "targets": {"TELEGRAM": ["%s"]}}""".formatted(TRADERS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targets.TELEGRAM[0]").value(TRADERS));
        assertThat(find("Traders only").targets()).isEqualTo(Map.of(Channel.TELEGRAM, Set.of(TRADERS)));
    }

    private AnnouncementContent find(String title) {
        return announcements.all().stream().filter(a -> a.texts().get("en").title().equals(title)).findFirst()
                .orElseThrow();
    }
}
