package io.switchboard.connector.twitter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of public replies. An answer meant for a public tweet that contains what
 * looks like an e-mail address, a phone number, a long account/order/card number, an order or
 * account reference, or a wallet address or transaction hash is not posted; the gateway posts a
 * pointer to a private channel instead. Opening the ticket for such account-specific problems is
 * the router's job (escalation); this guard is the last line that makes sure nothing leaks even
 * when an answer was composed from the member's own words.
 *
 * <p>Links are left out of the scan (article URLs carry long ids), except that e-mail addresses are
 * looked for first.
 */
final class PublicReplyGuard {

    /** What was found; logged instead of the text itself. */
    enum Finding {
        EMAIL, PHONE_NUMBER, LONG_NUMBER, ACCOUNT_REFERENCE, CRYPTO_ADDRESS
    }

    private record Rule(Finding finding, Pattern pattern) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern ACCOUNT_REFERENCE = Pattern.compile(
            "(?i)\\b(?:order|uid|user\\s*id|account|acct|tx\\s*id|txid|transaction(?:\\s*id)?)\\b"
                    + "(?:\\s*(?:id|no\\.?|number|#))?\\s*[:#]?\\s*([A-Za-z0-9-]{5,})");

    private static final List<Rule> RULES = List.of(
            new Rule(Finding.PHONE_NUMBER, Pattern.compile(
                    "(?<![\\w+])\\+\\d[\\d\\s().-]{6,18}\\d(?!\\w)|(?<!\\w)\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?!\\w)")),
            new Rule(Finding.LONG_NUMBER, Pattern.compile(
                    "(?<![\\w.,])\\d{8,}(?![\\w]|[.,]\\d)|(?<!\\w)(?:\\d{4}[ -]){3}\\d{4}(?!\\w)")),
            new Rule(Finding.CRYPTO_ADDRESS, Pattern.compile(
                    "\\b0x[0-9a-fA-F]{40,64}\\b|\\bbc1[ac-hj-np-z02-9]{25,87}\\b"
                            + "|\\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\\b|\\bT[1-9A-HJ-NP-Za-km-z]{33}\\b")));

    Optional<Finding> personalData(String text) {
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Finding.EMAIL);
        }
        String withoutLinks = TweetFitter.URL.matcher(text).replaceAll(" ");
        Matcher reference = ACCOUNT_REFERENCE.matcher(withoutLinks);
        while (reference.find()) {
            if (reference.group(1).chars().anyMatch(Character::isDigit)) {
                return Optional.of(Finding.ACCOUNT_REFERENCE);
            }
        }
        return RULES.stream().filter(rule -> rule.pattern().matcher(withoutLinks).find()).map(Rule::finding)
                .findFirst();
    }
}
