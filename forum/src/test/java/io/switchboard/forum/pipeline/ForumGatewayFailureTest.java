package io.switchboard.forum.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.PostKind;
import io.switchboard.forum.topic.Posting;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** A reply whose post may or may not have been committed is looked up before it is posted again. */
class ForumGatewayFailureTest {

    private final Posting posting = mock(Posting.class);
    private final ForumGateway gateway = new ForumGateway(posting, mock(ForumModeration.class),
            mock(ForumProperties.class));

    @Test
    void aFailedCommitLeavesTheReplyToBeLookedUp() {
        when(posting.officialReply(anyLong(), anyString(), any(PostKind.class), any()))
                .thenThrow(new TransactionSystemException("Could not commit JPA transaction"));

        DeliveryException failure = catchThrowableOfType(() -> gateway.send(reply()), DeliveryException.class);

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.answered()).as("the post may be stored: the retry looks for it first").isFalse();
    }

    @Test
    void aTopicThatIsGoneIsARefusal() {
        when(posting.officialReply(anyLong(), anyString(), any(PostKind.class), any()))
                .thenThrow(ForumRefusal.notFound());

        DeliveryException failure = catchThrowableOfType(() -> gateway.send(reply()), DeliveryException.class);

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(failure.answered()).isTrue();
    }

    private static OutboundMessage reply() {
        return new OutboundMessage(Channel.FORUM, "topic:7", "topic:7", null, "Withdrawals take 30 minutes.",
                TextFormat.PLAIN, Sender.BOT_ANSWER);
    }
}
