package io.switchboard.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life of one copy: published, pinned, edited, retracted, failed and retried, and the races between them. */
class AnnouncementDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final AnnouncementDelivery copy = new AnnouncementDelivery(1L, Channel.TELEGRAM, "-1001", NOW);

    @Test
    void aPinnedAnnouncementIsPinnedAfterItsPublicationAndThenSent() {
        copy.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, true, NOW);
        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.PIN);
        assertThat(copy.getPlatformMessageId()).isEqualTo("-1001:5");

        copy.stepDone(DeliveryStep.PIN, null, null, true, NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.SENT);
        assertThat(copy.getStep()).isNull();
        assertThat(copy.isPinned()).isTrue();
        assertThat(copy.getPlatformMessageId()).as("the pin keeps the message id").isEqualTo("-1001:5");
    }

    @Test
    void aFailedStepIsRepeatedWhenRetriedAndCountsTheRetry() {
        copy.fail("PUBLISH PERMANENT: chat not found", NOW);
        assertThat(copy.getState()).isEqualTo(DeliveryState.FAILED);
        assertThat(copy.getLastError()).contains("chat not found");

        assertThat(copy.retry(NOW.plusSeconds(5))).isTrue();

        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.PUBLISH);
        assertThat(copy.getRetried()).isEqualTo(1);
        assertThat(copy.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(copy.retry(NOW)).as("only a failed copy is retried").isFalse();
    }

    @Test
    void anEditReachesOnlyAPublishedCopy() {
        copy.textChanged(NOW);
        assertThat(copy.getStep()).as("not yet published: it will publish the new text").isEqualTo(DeliveryStep.PUBLISH);

        copy.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, false, NOW);
        copy.textChanged(NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.EDIT);
    }

    @Test
    void aPlatformThatCannotEditKeepsTheFirstTextAndSaysSo() {
        copy.stepDone(DeliveryStep.PUBLISH, "1850", null, false, NOW);
        copy.textChanged(NOW);

        copy.keptOriginalText("twitter cannot edit a published post", NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.SENT);
        assertThat(copy.getStep()).isNull();
        assertThat(copy.getNote()).isEqualTo("twitter cannot edit a published post");
    }

    @Test
    void retractingAnUnpublishedCopyStopsItAndAPublishedOneIsDeletedNext() {
        AnnouncementDelivery published = new AnnouncementDelivery(1L, Channel.FORUM, "announcements", NOW);
        published.stepDone(DeliveryStep.PUBLISH, "12", "https://community.example.com/forum/t/12", false, NOW);

        copy.retract(NOW);
        published.retract(NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.RETRACTED);
        assertThat(copy.getStep()).isNull();
        assertThat(published.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(published.getStep()).isEqualTo(DeliveryStep.RETRACT);
        published.stepDone(DeliveryStep.RETRACT, null, null, false, NOW);
        assertThat(published.getState()).isEqualTo(DeliveryState.RETRACTED);
        assertThat(published.getUrl()).as("the copy's record stays").endsWith("/forum/t/12");
    }

    @Test
    void aCopyThatWentOutWhileItsAnnouncementWasRetractedIsDeletedNext() {
        copy.retract(NOW);

        copy.stepDone(DeliveryStep.PUBLISH, "-1001:9", null, true, NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.RETRACT);
        assertThat(copy.getPlatformMessageId()).isEqualTo("-1001:9");
    }

    @Test
    void anEditAskedForDuringAPublicationWaitsForThePinThenTheRetractionWins() {
        copy.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, true, NOW);
        copy.textChanged(NOW);
        assertThat(copy.getStep()).as("the pin keeps its turn").isEqualTo(DeliveryStep.PIN);

        copy.retract(NOW);
        copy.stepDone(DeliveryStep.PIN, null, null, true, NOW);

        assertThat(copy.getStep()).isEqualTo(DeliveryStep.RETRACT);
        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
    }
}
