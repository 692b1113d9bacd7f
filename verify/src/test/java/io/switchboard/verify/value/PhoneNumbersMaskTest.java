package io.switchboard.verify.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How lists show a member's number: the country code, the first group and the last four digits, the rest hidden. */
class PhoneNumbersMaskTest {

    @Test
    void aMobileKeepsItsOperatorGroupAndLastFourDigits() {
        assertThat(PhoneNumbers.masked("+8613800138000")).isEqualTo("+86 138 **** 8000");
        assertThat(PhoneNumbers.masked("+864001234567")).isEqualTo("+86 400 **** 4567");
    }

    @Test
    void aShortNumberKeepsOnlyItsCountryCodeAndLastFourDigits() {
        assertThat(PhoneNumbers.masked("+85261234567")).isEqualTo("+852 **** 4567");
        assertThat(PhoneNumbers.masked("+6561234567")).isEqualTo("+65 **** 4567");
    }
}
