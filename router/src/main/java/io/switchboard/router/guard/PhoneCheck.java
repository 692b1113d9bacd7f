package io.switchboard.router.guard;

import io.switchboard.core.guard.Severity;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A phone number presented as the exchange's support ("call our support at +86 400 999 0000", "客服电话 …") that
 * is none of the registered lines: phone scams start so. The number counts as presented as support when its
 * sentence has a support word; numbers are compared by libphonenumber, so {@code +86 400-123-4567} and
 * {@code 4001234567} (read in the regions of the registered lines) are one number. Without registered lines the
 * check is off: it cannot tell a real line from a fake one. A member asking whether a number is real is not
 * flagged ({@link LinkCheck#asksWhetherSafe}).
 */
final class PhoneCheck {

    static final String RULE = "message.fake-phone";

    /** Words that present a number as the exchange's support line. */
    private static final Pattern SUPPORT = Pattern.compile("(?i)\\b(support|customer\\s+service|customer\\s+care"
            + "|hotline|helpline|help\\s*desk|call\\s+(?:us|our)|contact\\s+(?:us|our)|official\\s+(?:number|line|phone))\\b"
            + "|客服|热线|服务电话|官方电话|联系电话|致电|拨打|来电");

    private final Set<String> registered;
    /** The regions of the registered lines: a number written without its country code is read in each. */
    private final Set<String> regions;

    PhoneCheck(Set<String> registered) {
        this.registered = Set.copyOf(registered);
        this.regions = registered.stream().map(PhoneNumbers::regionOf).filter(region -> !"ZZ".equals(region))
                .collect(Collectors.toSet());
    }

    List<Finding> check(String text) {
        if (registered.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher boundary = LinkCheck.SENTENCE_BOUNDARY.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = boundary.find() ? boundary.end() : text.length();
            checkSentence(text, from, to, findings);
            from = to;
        }
        return findings;
    }

    private void checkSentence(String text, int from, int to, List<Finding> findings) {
        String sentence = text.substring(from, to);
        if (!SUPPORT.matcher(sentence).find()) {
            return;
        }
        Matcher number = PhoneNumbers.IN_TEXT.matcher(sentence);
        while (number.find()) {
            int start = from + number.start();
            if (!isRegistered(number.group()) && !LinkCheck.asksWhetherSafe(text, start, from + number.end())) {
                findings.add(new Finding(RULE, Severity.HIGH, "presents " + number.group().strip()
                        + " as the exchange's support, but it is not one of the registered phone lines"));
            }
        }
    }

    private boolean isRegistered(String written) {
        return PhoneNumbers.readingsOf(PhoneNumbers.clean(written), regions).stream().anyMatch(registered::contains);
    }
}
