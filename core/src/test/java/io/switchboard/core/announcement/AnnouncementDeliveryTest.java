package io.switchboard.core.announcement;

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
    void aPublicationCutOffKeepsTheTimeOfTheFirstCallUntilThePlatformAnswers() {
        assertThat(copy.publishStarting(NOW)).isEmpty();
        assertThat(copy.publishStarting(NOW.plusSeconds(30))).as("the earliest cut-off call is where a lookup starts")
                .contains(NOW);

        copy.stepDone(DeliveryStep.PUBLISH, "-1001:6", null, false, NOW.plusSeconds(31));

        assertThat(copy.getInFlightSince()).isNull();
        assertThat(copy.publishStarting(NOW.plusSeconds(40))).isEmpty();
        copy.publishAnswered();
        assertThat(copy.getInFlightSince()).isNull();
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

    @Test
    void anExpiredPinnedCopyIsUnpinnedThenShownExpiredAndStaysPublished() {
        copy.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, true, NOW);
        copy.stepDone(DeliveryStep.PIN, null, null, true, NOW);

        assertThat(copy.expire(NOW.plusSeconds(60))).as("it has a pin to take down").isTrue();
        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.UNPIN);
        assertThat(copy.expire(NOW.plusSeconds(61))).as("expiring again changes nothing").isTrue();
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.UNPIN);

        copy.stepDone(DeliveryStep.UNPIN, null, null, true, NOW.plusSeconds(62));

        assertThat(copy.getState()).isEqualTo(DeliveryState.EXPIRED);
        assertThat(copy.getStep()).isNull();
        assertThat(copy.isPinned()).isFalse();
        assertThat(copy.getPlatformMessageId()).as("the message stays on the platform").isEqualTo("-1001:5");
        copy.textChanged(NOW.plusSeconds(63));
        assertThat(copy.getState()).as("an expired copy keeps its text").isEqualTo(DeliveryState.EXPIRED);
    }

    @Test
    void anUnpinnedCopyExpiresAtOnceAndOneNotYetPublishedNeverGoesOut() {
        AnnouncementDelivery tweet = new AnnouncementDelivery(1L, Channel.TWITTER, "42", NOW);
        tweet.stepDone(DeliveryStep.PUBLISH, "1850", null, false, NOW);

        assertThat(tweet.expire(NOW)).isFalse();
        assertThat(copy.expire(NOW)).isFalse();

        assertThat(tweet.getState()).isEqualTo(DeliveryState.EXPIRED);
        assertThat(tweet.getPlatformMessageId()).isEqualTo("1850");
        assertThat(copy.getState()).isEqualTo(DeliveryState.EXPIRED);
        assertThat(copy.getStep()).isNull();
    }

    @Test
    void aPinThatLandsAfterTheExpiryIsTakenDownAgainAndARetractionStillDeletesAnExpiredCopy() {
        copy.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, true, NOW);
        copy.expire(NOW);
        assertThat(copy.getState()).as("the pending pin is dropped").isEqualTo(DeliveryState.EXPIRED);

        copy.stepDone(DeliveryStep.PIN, null, null, true, NOW);

        assertThat(copy.getState()).isEqualTo(DeliveryState.WAITING);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.UNPIN);

        copy.stepDone(DeliveryStep.UNPIN, null, null, true, NOW);
        copy.retract(NOW);
        assertThat(copy.getStep()).isEqualTo(DeliveryStep.RETRACT);
    }
}
