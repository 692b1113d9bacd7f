package io.switchboard.core.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final Clock clock = mock(Clock.class);
    private final RateLimits limits = RateLimits.inMemory(clock);

    RateLimitsTest() {
        at(T0);
    }

    @Test
    void aSpentBucketRefillsOnePermitPerInterval() {
        RateLimit limit = limits.limit("test.steady", LimitRule.steady(3, Duration.ofSeconds(3)));

        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).as("the burst is spent").isEqualTo(Duration.ofSeconds(1));

        at(T0.plusMillis(400));
        assertThat(limit.tryTake("a")).isEqualTo(Duration.ofMillis(600));
        at(T0.plusSeconds(1));
        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.waitFor("a")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void twoKeysHaveTheirOwnBuckets() {
        RateLimit limit = limits.limit("test.keys", LimitRule.spaced(1, Duration.ofMinutes(1)));

        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).isEqualTo(Duration.ofMinutes(1));
        assertThat(limit.tryTake("b")).isZero();
    }

    @Test
    void limitsWithOtherNamesOrRulesDoNotShareBuckets() {
        LimitRule one = LimitRule.spaced(1, Duration.ofMinutes(1));
        assertThat(limits.limit("test.first", one).tryTake("a")).isZero();

        assertThat(limits.limit("test.second", one).tryTake("a")).isZero();
        assertThat(limits.limit("test.first", LimitRule.spaced(2, Duration.ofMinutes(1))).tryTake("a")).isZero();
        assertThat(limits.limit("test.first", one).tryTake("a")).isPositive();
    }

    @Test
    void aRefusedOrMeasuredCallTakesNothing() {
        RateLimit limit = limits.limit("test.refused", LimitRule.spaced(1, Duration.ofSeconds(3)));
        limit.tryTake("a");

        at(T0.plusSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryTake("a")).isEqualTo(Duration.ofSeconds(2));
            assertThat(limit.waitFor("a")).isEqualTo(Duration.ofSeconds(2));
        }
        at(T0.plusSeconds(3));
        assertThat(limit.tryTake("a")).isZero();
    }

    @Test
    void aPermitGivenBackIsFreeAgain() {
        RateLimit limit = limits.limit("test.given-back", LimitRule.spaced(1, Duration.ofMinutes(1)));
        limit.tryTake("a");

        limit.giveBack("a");

        assertThat(limit.tryTake("a")).isZero();
    }

    @Test
    void aWindowGivesItsPermitsBackAllAtOnceAtItsEnd() {
        RateLimit limit = limits.limit("test.window", LimitRule.perWindow(2, Duration.ofMinutes(1)));
        limit.tryTake("a");
        at(T0.plusSeconds(10));
        limit.tryTake("a");

        assertThat(limit.tryTake("a")).as("until the window that began with the first take ends")
                .isEqualTo(Duration.ofSeconds(50));
        at(T0.plusSeconds(59));
        assertThat(limit.tryTake("a")).isEqualTo(Duration.ofSeconds(1));
        at(T0.plusSeconds(60));
        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).isZero();
        assertThat(limit.tryTake("a")).isPositive();
    }

    @Test
    void takingRegardlessCountsBeyondTheBurstAndResetForgetsIt() {
        RateLimit failures = limits.limit("test.failures", LimitRule.perWindow(3, Duration.ofMinutes(15)));
        for (int i = 0; i < 3; i++) {
            assertThat(failures.waitFor("a")).isZero();
            failures.take("a");
        }
        assertThat(failures.waitFor("a")).isEqualTo(Duration.ofMinutes(15));
        failures.take("a");
        failures.take("a");
        assertThat(failures.available("a")).as("two past the burst").isEqualTo(-2);
        assertThat(failures.waitFor("a")).as("counted in debt; the window's end brings back what is left")
                .isEqualTo(Duration.ofMinutes(15));

        failures.reset("a");

        assertThat(failures.waitFor("a")).isZero();
    }

    @Test
    void aHoldLastsUntilItsInstantToTheMillisecond() {
        Hold hold = limits.hold("test.hold");
        assertThat(hold.remaining("a")).isZero();

        hold.holdUntil("a", T0.plusSeconds(30));

        assertThat(hold.remaining("a")).isEqualTo(Duration.ofSeconds(30));
        assertThat(hold.remaining("b")).as("another key").isZero();
        at(T0.plusMillis(10_250));
        assertThat(hold.remaining("a")).isEqualTo(Duration.ofMillis(19_750));
        at(T0.plusSeconds(30));
        assertThat(hold.remaining("a")).isZero();
    }

    @Test
    void aShorterHoldLeavesALongerOneInPlaceAndALongerOneExtendsIt() {
        Hold hold = limits.hold("test.hold");
        hold.holdUntil("a", T0.plusSeconds(30));

        hold.holdUntil("a", T0.plusSeconds(5));
        assertThat(hold.remaining("a")).isEqualTo(Duration.ofSeconds(30));

        at(T0.plusSeconds(10));
        hold.holdUntil("a", T0.plusSeconds(45));
        assertThat(hold.remaining("a")).isEqualTo(Duration.ofSeconds(35));
    }

    private void at(Instant now) {
        when(clock.instant()).thenReturn(now);
    }
}
