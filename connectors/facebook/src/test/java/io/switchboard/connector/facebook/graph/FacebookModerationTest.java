package io.switchboard.connector.facebook.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.gateway.DeliveryException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacebookModerationTest {

    private static final String COMMENT = "4000000004_5000000005";

    private final FakeGraphApi facebook = new FakeGraphApi();
    private final FacebookModeration moderation = new FacebookModeration(facebook.client());

    @AfterEach
    void stopServer() throws Exception {
        facebook.close();
    }

    @Test
    void hidingACommentSetsIsHidden() {
        facebook.answer(200, "{\"success\":true}");

        moderation.hideComment(COMMENT);

        RecordedRequest request = facebook.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v26.0/" + COMMENT);
        assertThat(URLDecoder.decode(request.getBody().readUtf8(), StandardCharsets.UTF_8)).contains("is_hidden=true");
    }

    @Test
    void unhidingACommentClearsIsHidden() {
        facebook.answer(200, "{\"success\":true}");

        moderation.unhideComment(COMMENT);

        assertThat(facebook.request().getBody().readUtf8()).contains("is_hidden=false");
    }

    @Test
    void deletingACommentSendsDelete() {
        facebook.answer(200, "{\"success\":true}");

        moderation.deleteComment(COMMENT);

        RecordedRequest request = facebook.request();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v26.0/" + COMMENT);
    }

    @Test
    void anUnconfirmedHideFails() {
        facebook.answer(200, "{\"success\":false}");

        assertThatThrownBy(() -> moderation.hideComment(COMMENT))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("did not confirm");
    }

    @Test
    void deletingACommentThatIsGoneFailsForGood() {
        facebook.answerError(400, 100, "GraphMethodException", "Object with ID '" + COMMENT + "' does not exist");

        assertThatThrownBy(() -> moderation.deleteComment(COMMENT))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("does not exist");
    }

    @Test
    void somethingThatIsNotACommentIdIsRefusedWithoutCallingFacebook() {
        assertThatThrownBy(() -> moderation.deleteComment("../1000000001/feed"))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("not a Facebook object id");
        assertThat(facebook.requestCount()).isZero();
    }
}
