package io.switchboard.connector.facebook.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff moderating page comments through the gateway, against a fake Graph API. */
class FacebookGatewayModerationTest {

    private static final String POST = FacebookConversations.ofPost("1000000001_4000000004");
    private static final String COMMENT = "4000000004_5000000005";

    private final FakeGraphApi facebook = new FakeGraphApi();
    private final FacebookGateway gateway = new FacebookGateway(facebook.client(), conversation -> true,
            facebook.properties("/", "v26.0"));

    @AfterEach
    void stopServer() throws Exception {
        facebook.close();
    }

    @Test
    void hidingACommentSetsIsHidden() {
        facebook.answer(200, "{\"success\":true}");

        gateway.moderate(ModerationRequest.onMessage(ModerationAction.HIDE, POST, COMMENT, "staff"));

        RecordedRequest request = facebook.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v26.0/" + COMMENT);
        assertThat(URLDecoder.decode(request.getBody().readUtf8(), StandardCharsets.UTF_8)).contains("is_hidden=true");
    }

    @Test
    void unhidingACommentClearsIsHidden() {
        facebook.answer(200, "{\"success\":true}");

        gateway.moderate(ModerationRequest.onMessage(ModerationAction.UNHIDE, POST, COMMENT, "staff"));

        assertThat(facebook.request().getBody().readUtf8()).contains("is_hidden=false");
    }

    @Test
    void deletingACommentSendsDelete() {
        facebook.answer(200, "{\"success\":true}");

        gateway.moderate(ModerationRequest.onMessage(ModerationAction.DELETE, POST, COMMENT, "staff"));

        RecordedRequest request = facebook.request();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v26.0/" + COMMENT);
    }

    @Test
    void anUnconfirmedHideFails() {
        facebook.answer(200, "{\"success\":false}");

        assertThatThrownBy(() -> gateway.moderate(ModerationRequest.onMessage(ModerationAction.HIDE, POST, COMMENT, "staff")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("did not confirm");
    }

    @Test
    void deletingACommentThatIsGoneFailsForGood() {
        facebook.answerError(400, 100, "GraphMethodException", "Object with ID '" + COMMENT + "' does not exist");

        assertThatThrownBy(() -> gateway.moderate(ModerationRequest.onMessage(ModerationAction.DELETE, POST, COMMENT, "staff")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("does not exist");
    }

    @Test
    void somethingThatIsNotACommentIdIsRefusedWithoutCallingFacebook() {
        assertThatThrownBy(() -> gateway.moderate(ModerationRequest.onMessage(ModerationAction.DELETE, POST, "../1000000001/feed", "staff")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("not a Facebook object id");
        assertThat(facebook.requestCount()).isZero();
    }

    @Test
    void commentsOfAPostCanBeModeratedMessengerMessagesCannot() {
        assertThat(gateway.moderationActions(POST)).containsExactlyInAnyOrder(ModerationAction.HIDE, ModerationAction.UNHIDE,
                ModerationAction.DELETE);
        assertThat(gateway.moderationActions(FacebookConversations.ofMessenger("6000000006"))).isEmpty();

        assertThatThrownBy(() -> gateway.moderate(ModerationRequest.onMessage(ModerationAction.DELETE,
                FacebookConversations.ofMessenger("6000000006"), "m_abc", "staff")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("only page comments");
        assertThat(facebook.requestCount()).isZero();
    }
}
