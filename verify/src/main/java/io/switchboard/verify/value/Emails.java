package io.switchboard.verify.value;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses compared in lower case, with the domain in ASCII; {@code @domain} stands for a sending domain. */
public final class Emails {

    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");

    private Emails() {
    }

    /** {@code local@domain} normalised, or {@code @domain} for a whole domain; empty when it is neither. */
    public static Optional<String> normalize(String raw) {
        String address = raw.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        int query = address.indexOf('?');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        int at = address.lastIndexOf('@');
        if (at < 0 || address.indexOf('@') != at) {
            return Optional.empty();
        }
        String local = address.substring(0, at).toLowerCase(Locale.ROOT);
        if (!local.isEmpty() && !LOCAL.matcher(local).matches()) {
            return Optional.empty();
        }
        return Domains.ascii(address.substring(at + 1)).map(domain -> local + "@" + domain);
    }

    /** The domain part of a normalised address. */
    public static String domainOf(String normalized) {
        return normalized.substring(normalized.lastIndexOf('@') + 1);
    }
}
