package io.switchboard.connector.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.connector.twitter.PublicReplyGuard.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicReplyGuardTest {

    private final PublicReplyGuard guard = new PublicReplyGuard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We sent the reset link to anna.k+x@example.org, please check spam.           | EMAIL",
        "Call us back on +44 20 7946 0958 if the code does not arrive.                | PHONE_NUMBER",
        "Our agent will call (415) 555-0100 today.                                    | PHONE_NUMBER",
        "Case 52818834 is under review by compliance.                                 | LONG_NUMBER",
        "The card 4111 1111 1111 1111 was declined.                                   | LONG_NUMBER",
        "Order #A7F3K9Q2 was cancelled after the price moved.                         | ACCOUNT_REFERENCE",
        "UID: 7731-ab is locked for 24 hours.                                         | ACCOUNT_REFERENCE",
        "Your deposit to 0x52908400098527886E0F7030069857D2E4169EE7 arrived.          | CRYPTO_ADDRESS",
        "It went to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, check the explorer.     | CRYPTO_ADDRESS"
    })
    void findsWhatLooksLikePersonalData(String answer, Finding expected) {
        assertThat(guard.personalData(answer)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Withdrawals on the BTC network resume on 2024-06-15 at 14:00 UTC.",
        "Reset 2FA under Security > Two-factor: https://help.example.com/hc/articles/360041234567",
        "Fees are 0.1% for spot trades; see example.com/fees/12345678 for VIP levels.",
        "Check your account settings and enable the anti-phishing code.",
        "The minimum withdrawal is 0.0005 BTC and 10 USDT on TRC20.",
        "Please DM us @ExchangeSupport so we can look into it."
    })
    void letsOrdinaryAnswersThrough(String answer) {
        assertThat(guard.personalData(answer)).isEmpty();
    }
}
