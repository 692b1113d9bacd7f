package io.switchboard.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketsPropertiesTest {

    @Test
    void vipPlatformIdsNameTheChannelInAnyCase() {
        TicketsProperties properties = properties(List.of("Telegram: 12345", "forum:alice"));

        assertThat(properties.listsAsVip(Channel.TELEGRAM, "12345")).isTrue();
        assertThat(properties.listsAsVip(Channel.FORUM, "alice")).isTrue();
        assertThat(properties.listsAsVip(Channel.TWITTER, "12345")).isFalse();
    }

    @Test
    void aVipPlatformIdWithoutAKnownChannelStopsStartup() {
        assertThatThrownBy(() -> properties(List.of("12345")))
                .hasMessage("switchboard.tickets.vip-platform-ids: '12345' is not channel:platform-id, e.g. telegram:12345");
        assertThatThrownBy(() -> properties(List.of("icq:12345")))
                .hasMessageStartingWith("switchboard.tickets.vip-platform-ids: unknown channel 'icq'");
    }

    @Test
    void aVipsTargetIsThePrioritysTimesTheFactorAndAPriorityLeftOutKeepsItsDefault() {
        TicketsProperties properties = properties(List.of());

        assertThat(properties.target(properties.firstResponse(), TicketPriority.HIGH, false))
                .isEqualTo(Duration.ofHours(1));
        assertThat(properties.target(properties.firstResponse(), TicketPriority.HIGH, true))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.target(properties.resolution(), TicketPriority.LOW, false))
                .isEqualTo(Duration.ofDays(7));
        assertThat(properties.target(properties.resolution(), TicketPriority.URGENT, false))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aTargetThatIsNotPositiveStopsStartupWithItsName() {
        assertThatThrownBy(() -> new TicketsProperties("seda:tickets", Duration.ofMinutes(15), Duration.ofSeconds(30),
                List.of(), TicketPriority.HIGH, new TicketsProperties.Targets(null, null, null, Duration.ZERO), null,
                0.5, "", "", "en")).hasMessage("switchboard.tickets.first-response.urgent must be positive, was PT0S");
    }

    @Test
    void anEscalationChatMustBeATelegramChatIdAndItsLanguageEnOrZh() {
        assertThat(escalation(" -1001234567890 ", "ZH").escalationChatId()).isEqualTo("-1001234567890");
        assertThat(escalation("", "en").notifiesEscalationChat()).isFalse();
        assertThatThrownBy(() -> escalation("@staff_group", "en")).hasMessage("switchboard.tickets.escalation-chat-id"
                + " must be a Telegram chat id (a number such as -1001234567890), was '@staff_group'");
        assertThatThrownBy(() -> escalation("-100", "fr"))
                .hasMessage("switchboard.tickets.escalation-language must be en or zh, was 'fr'");
    }

    private static TicketsProperties escalation(String chatId, String language) {
        return new TicketsProperties("seda:tickets", Duration.ofMinutes(15), Duration.ofSeconds(30), List.of(),
                TicketPriority.HIGH, null, null, 0.5, "", chatId, language);
    }

    private static TicketsProperties properties(List<String> vipPlatformIds) {
        return new TicketsProperties("seda:tickets", Duration.ofMinutes(15), Duration.ofSeconds(30), vipPlatformIds,
                TicketPriority.HIGH, null, new TicketsProperties.Targets(Duration.ofDays(7), null, null, null), 0.5, "", "", "en");
    }
}
