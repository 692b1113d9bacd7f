package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.FakeTelegramServer.ModerationCall;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scam and impersonation guard in the whole application, on a Telegram group: an impersonator
 * who joins and a phishing post get the configured actions, every decision is in the staff API with
 * the rule that fired and can be undone there, and a member with a similar but innocent name is
 * answered as anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuardFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String GROUP = String.valueOf(TelegramUpdates.GROUP_CHAT_ID);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:guard-flow;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.guard.names.high", () -> "ban");
        registry.add("switchboard.guard.messages.high", () -> "delete");
        registry.add("switchboard.guard.staff-names", () -> "Mia Zhang");
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Test
    void impersonatorsAndPhishingGetTheConfiguredActionsAndAnInnocentNamesakeIsLeftAlone() throws Exception {
        long join = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(join, TelegramUpdates.memberJoined(join, 8801, "Ｎ0vaEx Support", "novaex_helpdesk_247"));
        long phishing = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(phishing, TelegramUpdates.groupText(phishing, 301, 8802,
                "Withdrawals are frozen! Verify your wallet at https://novaex-verify.com/login to unlock it"));
        long novakJoins = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(novakJoins, TelegramUpdates.memberJoined(novakJoins, 8803, "Novak", "novak_d"));
        long novakAsks = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(novakAsks, TelegramUpdates.groupMention(novakAsks, 302, 8803, "Novak", "novak_d",
                "I lost my phone with Google Authenticator, how do I reset 2FA?"));

        // intake keeps arrival order: once Novak has his reply, everything before it was decided
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(GROUP).stream()
                .anyMatch(sent -> Integer.valueOf(302).equals(sent.replyToMessageId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(GROUP).size() >= 2);

        List<JsonNode> decisions = FlowTestSupport.guardDecisions(port);
        assertThat(decisions).extracting(d -> d.get("memberId").asText()).as("nobody decided on Novak")
                .containsExactlyInAnyOrder("8801", "8802");
        JsonNode impersonator = byMember(decisions, "8801");
        assertThat(impersonator.get("subject").asText()).isEqualTo("name");
        assertThat(impersonator.get("rule").asText()).isEqualTo("name.brand");
        assertThat(impersonator.get("action").asText()).isEqualTo("ban");
        assertThat(impersonator.get("excerpt").asText()).isEqualTo("Ｎ0vaEx Support (@novaex_helpdesk_247)");
        JsonNode post = byMember(decisions, "8802");
        assertThat(post.get("subject").asText()).isEqualTo("message");
        assertThat(post.get("rule").asText()).isEqualTo("link.lookalike");
        assertThat(post.get("action").asText()).isEqualTo("delete");
        assertThat(post.get("messageId").asText()).isEqualTo(GROUP + ":301");
        assertThat(post.get("outcome").asText()).isEqualTo("done");
        assertThat(post.get("removal").asText()).isEqualTo("deleted");
        assertThat(impersonator.get("outcome").asText()).isEqualTo("done");
        assertThat(TELEGRAM.moderationCalls()).extracting(ModerationCall::method, ModerationCall::chatId,
                        ModerationCall::userId, ModerationCall::messageId)
                .containsExactly(tuple("banChatMember", GROUP, 8801L, null), tuple("deleteMessage", GROUP, null, 301));

        List<SentMessage> toGroup = TELEGRAM.sentTo(GROUP);
        assertThat(toGroup).filteredOn(sent -> sent.text().contains("Staff will never message you first"))
                .as("the group is warned once, about the phishing post").hasSize(1);
        assertThat(toGroup).filteredOn(sent -> Integer.valueOf(302).equals(sent.replyToMessageId()))
                .singleElement().satisfies(reply -> assertThat(reply.text()).doesNotContain("scam"));
        assertThat(toGroup).noneMatch(sent -> Integer.valueOf(301).equals(sent.replyToMessageId()));

        JsonNode unbanned = JSON.readTree(undo(impersonator).body());
        assertThat(unbanned.get("outcome").asText()).isEqualTo("undone");
        assertThat(unbanned.get("detail").asText()).contains("member unbanned");
        assertThat(TELEGRAM.moderationCalls()).last().extracting(ModerationCall::method, ModerationCall::userId)
                .containsExactly("unbanChatMember", 8801L);
        HttpResponse<String> undone = undo(post);
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(undone.body()).get("detail").asText())
                .contains("the deleted message cannot be restored on telegram");
        assertThat(undo(post).statusCode()).as("undone already").isEqualTo(409);

        JsonNode rules = JSON.readTree(FlowTestSupport.get(port, "/api/guard/rules", true).body());
        assertThat(rules.get("brandNames").get(0).asText()).isEqualTo("NovaEx");
        assertThat(rules.get("staffNames").get(0).asText()).isEqualTo("Mia Zhang");
    }

    private HttpResponse<String> undo(JsonNode decision) throws Exception {
        return FlowTestSupport.postAsStaff(port, "/api/guard/decisions/" + decision.get("id").asLong() + "/undo", "");
    }

    private static JsonNode byMember(List<JsonNode> decisions, String memberId) {
        return decisions.stream().filter(d -> d.get("memberId").asText().equals(memberId)).findFirst().orElseThrow();
    }
}
