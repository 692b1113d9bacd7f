package io.switchboard.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** Which failed calls may have left a message on the platform, so that the next try looks before sending. */
class NoAnswerTest {

    @Test
    void aTimeoutAfterSendingOrALostConnectionMayHaveDelivered() {
        assertThat(NoAnswer.mayHaveArrived(new HttpTimeoutException("request timed out"))).isTrue();
        assertThat(NoAnswer.mayHaveArrived(new SocketTimeoutException("timeout"))).isTrue();
        assertThat(NoAnswer.mayHaveArrived(
                new UncheckedIOException(new SocketException("Connection reset")))).isTrue();
        assertThat(NoAnswer.mayHaveArrived(
                new RuntimeException(new IOException("unexpected end of stream on http://127.0.0.1/")))).isTrue();
    }

    @Test
    void aConnectionNeverMadeDeliveredNothing() {
        assertThat(NoAnswer.mayHaveArrived(new RuntimeException(new ConnectException("Connection refused"))))
                .isFalse();
        assertThat(NoAnswer.mayHaveArrived(new HttpConnectTimeoutException("HTTP connect timed out"))).isFalse();
        assertThat(NoAnswer.mayHaveArrived(new SocketTimeoutException("connect timed out"))).isFalse();
    }

    @Test
    void failuresThatAreNotInTransitAreAnswers() {
        assertThat(NoAnswer.mayHaveArrived(new IllegalStateException("HTTP 502"))).isFalse();
        assertThat(DeliveryException.transientFailure("HTTP 502", null).answered()).isTrue();
        assertThat(DeliveryException.noAnswer("timed out", null).kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    }
}
