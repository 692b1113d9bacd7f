package io.switchboard.connector.facebook.webhook;

import static io.switchboard.connector.facebook.FacebookTestSupport.APP_SECRET;
import static io.switchboard.connector.facebook.FacebookTestSupport.VERIFY_TOKEN;
import static io.switchboard.connector.facebook.FacebookTestSupport.fixture;
import static io.switchboard.connector.facebook.FacebookTestSupport.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.connector.facebook.FacebookSpringTest;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.testing.RecordingInboundPort;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FacebookSpringTest
class FacebookWebhookControllerTest {

    private static final String WEBHOOK = "/webhooks/facebook";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RecordingInboundPort inbound;

    @BeforeEach
    void forgetEarlierDeliveries() {
        inbound.clear();
    }

    @Test
    void theHandshakeEchoesTheChallengeWhenTheVerifyTokenMatches() throws Exception {
        mvc.perform(get(WEBHOOK).param("hub.mode", "subscribe").param("hub.verify_token", VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("1158201444"));
    }

    @Test
    void theHandshakeIsRefusedWithAnotherTokenOrMode() throws Exception {
        mvc.perform(get(WEBHOOK).param("hub.mode", "subscribe").param("hub.verify_token", "guessed")
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden())
                .andExpect(content().string("verification failed"));
        mvc.perform(get(WEBHOOK).param("hub.mode", "unsubscribe").param("hub.verify_token", VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
        mvc.perform(get(WEBHOOK)).andExpect(status().isForbidden());
    }

    @Test
    void aSignedDeliveryIsStoredBeforeItIsAcknowledged() throws Exception {
        deliver(fixture("batch.json"))
                .andExpect(status().isOk())
                .andExpect(content().string("EVENT_RECEIVED"));

        assertThat(inbound.stored()).extracting(InboundMessage::eventId).containsExactly(
                "comment:4000000004_5000000015:add", "mid:m_kyc-question-1", "delivery:3000000017:1767226419000");
        assertThat(inbound.stored()).extracting(InboundMessage::kind)
                .containsExactly(InboundKind.MESSAGE, InboundKind.MESSAGE, InboundKind.SIGNAL);
    }

    @Test
    void aRedeliveryChangesNothing() throws Exception {
        deliver(fixture("messenger-text.json")).andExpect(status().isOk());
        deliver(fixture("messenger-text.json")).andExpect(status().isOk());

        assertThat(inbound.stored()).extracting(InboundMessage::eventId)
                .containsExactly("mid:m_withdrawal-question-1");
    }

    @Test
    void aDeliveryWithABadSignatureIsRefusedAndNothingStored() throws Exception {
        byte[] body = fixture("feed-comment-add.json");

        mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("X-Hub-Signature-256", signature(body, "another-app-secret")))
                .andExpect(status().isUnauthorized());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("BTC", "ETH")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(tampered)
                        .header("X-Hub-Signature-256", signature(body, APP_SECRET)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("X-Hub-Signature-256", "sha256=not-hex"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("X-Hub-Signature-256", signature(body, APP_SECRET).replace("sha256=", "sha1=")))
                .andExpect(status().isUnauthorized());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void aDeliveryWithoutSignatureIsRefusedAndNothingStored() throws Exception {
        mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(fixture("feed-comment-add.json")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string("bad signature"));

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() throws Exception {
        deliver("{\"object\":\"page\",\"entry\":[{\"id\":".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("the body is not JSON"));

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        byte[] body = new byte[64 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        deliver(body).andExpect(status().isPayloadTooLarge());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void aDeliveryThatCouldNotBeStoredIsAnsweredWithAnErrorSoFacebookDeliversAgain() throws Exception {
        inbound.failNextAccept();
        deliver(fixture("batch.json")).andExpect(status().isInternalServerError());
        assertThat(inbound.stored()).isEmpty();

        deliver(fixture("batch.json")).andExpect(status().isOk());
        assertThat(inbound.stored()).hasSize(3);
    }

    @Test
    void theConnectorHasItsOwnHealthEntry() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.facebook.status").value("UP"))
                .andExpect(jsonPath("$.components.facebook.details.lastSuccess").value("never"));
    }

    private ResultActions deliver(byte[] body) throws Exception {
        return mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Hub-Signature-256", signature(body, APP_SECRET)));
    }
}
