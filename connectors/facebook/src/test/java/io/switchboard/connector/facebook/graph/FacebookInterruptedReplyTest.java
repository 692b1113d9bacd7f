package io.switchboard.connector.facebook.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.testing.facebook.FakeGraphServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Looking up a comment reply whose send was interrupted, against the fake Graph API. */
class FacebookInterruptedReplyTest {

    private static final String POST_ID = FakeGraphServer.PAGE_ID + "_4000000004";
    private static final String POST = FacebookConversations.ofPost(POST_ID);
    private static final String COMMENT = "4000000004_5000000005";
    private static final String REPLY_IN_THREAD = "4000000004_5000000006";
    private static final String ANSWER = "Withdrawals take up to 30 minutes & more.";

    private final FakeGraphServer graph = new FakeGraphServer();
    private final FacebookProperties properties = new FacebookProperties(FakeGraphServer.PAGE_ID,
            FakeGraphServer.PAGE_ACCESS_TOKEN, FakeGraphServer.APP_SECRET, FakeGraphServer.VERIFY_TOKEN,
            URI.create(graph.apiUrl()), FakeGraphServer.VERSION, DataSize.ofMegabytes(1), Duration.ofHours(24),
            Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final FacebookGateway gateway = new FacebookGateway(new GraphApi(properties, Clock.systemUTC(), FakeGraphApi.JSON),
            conversation -> true, properties);
    /** A minute ago: the fake stamps comments with the real time. */
    private final Instant since = Instant.now().minusSeconds(60);

    @AfterEach
    void stop() throws Exception {
        graph.close();
    }

    private static OutboundMessage answering(String commentId, String text) {
        return new OutboundMessage(Channel.FACEBOOK, POST_ID, POST, commentId, text, TextFormat.PLAIN);
    }

    @Test
    void aCommentReplyFacebookTookIsFoundWithItsId() {
        String taken = graph.tookCommentWithoutAnswering(COMMENT, ANSWER);

        DeliveryLookup lookup = gateway.findDelivered(answering(COMMENT, ANSWER), since);

        assertThat(lookup.verdict()).isEqualTo(DeliveryLookup.Verdict.DELIVERED);
        assertThat(lookup.receipt().messageId()).isEqualTo(taken);
        assertThat(graph.comments()).hasSize(1);
    }

    @Test
    void aReplyToAReplyIsLookedForInItsThread() {
        graph.replyUnder(REPLY_IN_THREAD, COMMENT);
        String taken = graph.tookCommentWithoutAnswering(COMMENT, ANSWER);

        assertThat(gateway.findDelivered(answering(REPLY_IN_THREAD, ANSWER), since).receipt().messageId())
                .isEqualTo(taken);
    }

    @Test
    void anotherTextInTheThreadOrTheSameTextBeforeTheCallIsNotTheReply() {
        graph.tookCommentWithoutAnswering(COMMENT, "Deposits take up to 10 minutes.");
        graph.tookCommentWithoutAnswering("4000000004_5000000099", ANSWER);

        assertThat(gateway.findDelivered(answering(COMMENT, ANSWER), since)).isEqualTo(DeliveryLookup.NOT_DELIVERED);

        graph.tookCommentWithoutAnswering(COMMENT, ANSWER);
        assertThat(gateway.findDelivered(answering(COMMENT, ANSWER), Instant.now().plusSeconds(3600)))
                .as("an earlier identical answer is not this message's").isEqualTo(DeliveryLookup.NOT_DELIVERED);
    }

    @Test
    void aGraphOutageDuringTheLookupIsATransientFailureSoNothingIsSentBlindly() {
        graph.scriptCommentListings(FakeGraphServer.serviceUnavailable());

        DeliveryException failure = catchThrowableOfType(() -> gateway.findDelivered(answering(COMMENT, ANSWER), since),
                DeliveryException.class);

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(graph.comments()).isEmpty();
    }

    @Test
    void aMessengerMessageCannotBeLookedUp() {
        String alice = FacebookConversations.ofMessenger("3000000003");
        OutboundMessage message = new OutboundMessage(Channel.FACEBOOK, "3000000003", alice, null, ANSWER,
                TextFormat.PLAIN);

        assertThat(gateway.findDelivered(message, since)).isEqualTo(DeliveryLookup.CANNOT_TELL);
    }
}
