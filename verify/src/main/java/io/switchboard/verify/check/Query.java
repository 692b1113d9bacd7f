package io.switchboard.verify.check;

import io.switchboard.verify.value.Domains;
import io.switchboard.verify.value.Emails;
import io.switchboard.verify.value.Handles;
import io.switchboard.verify.value.PhoneNumbers;
import io.switchboard.verify.value.PlatformLinks;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person pasted, read as one thing to check: its kind and its value normalised ({@code text} for a phone number,
 * which is read against the registered lines' regions later). {@link #read} never throws.
 *
 * @param problem why it cannot be checked, for NONE
 */
record Query(QueryKind kind, String value, ReasonCode problem) {

    private static final Pattern NAMED_ADDRESS = Pattern.compile(".*<([^<>\\s]+@[^<>\\s]+)>\\s*");
    private static final Pattern WRAPPING = Pattern.compile("^[\\s\"'`“”‘’«»<(\\[【「]+|[\\s\"'`“”‘’«»>)\\]】」.,;:!?。，；！？]+$");
    private static final Pattern HOST_START = Pattern.compile("^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+\\.?(?:[/:?#].*)?$");
    private static final Pattern BARE_HANDLE = Pattern.compile("[A-Za-z0-9_]{4,32}");
    private static final Pattern TG_RESOLVE = Pattern.compile("(?i)^tg://resolve\\?domain=([A-Za-z0-9_]+).*");

    static Query read(String raw) {
        if (raw == null || raw.isBlank()) {
            return none(ReasonCode.EMPTY);
        }
        if (raw.length() > Verifier.MAX_QUERY_LENGTH) {
            return none(ReasonCode.TOO_LONG);
        }
        if (raw.chars().anyMatch(c -> c == 0xFFFD || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            return none(ReasonCode.NOT_TEXT);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        Matcher named = NAMED_ADDRESS.matcher(text);
        text = WRAPPING.matcher(named.matches() ? named.group(1) : text).replaceAll("");
        Matcher resolve = TG_RESOLVE.matcher(text);
        if (resolve.matches()) {
            return Handles.normalize(resolve.group(1)).map(handle -> new Query(QueryKind.TELEGRAM, handle, null))
                    .orElse(none(ReasonCode.NO_KIND));
        }
        if (text.regionMatches(true, 0, "mailto:", 0, 7) || isAddress(text)) {
            return Emails.normalize(text).filter(address -> !address.startsWith("@"))
                    .map(address -> new Query(QueryKind.EMAIL, address, null)).orElse(none(ReasonCode.NO_KIND));
        }
        String phone = PhoneNumbers.clean(text);
        if (PhoneNumbers.looksLikePhone(phone)) {
            return new Query(QueryKind.PHONE, phone, null);
        }
        if (text.startsWith("@")) {
            return Handles.normalize(text).map(handle -> new Query(QueryKind.HANDLE, handle, null))
                    .orElse(none(ReasonCode.NO_KIND));
        }
        if (text.contains("://") || HOST_START.matcher(text).matches()) {
            return link(text);
        }
        if (BARE_HANDLE.matcher(text).matches()) {
            return new Query(QueryKind.HANDLE, text.toLowerCase(Locale.ROOT), null);
        }
        return none(ReasonCode.NO_KIND);
    }

    private static boolean isAddress(String text) {
        int at = text.indexOf('@');
        return at > 0 && !text.contains("/") && !text.contains(" ");
    }

    private static Query link(String text) {
        String withScheme = text.contains("://") ? text : "https://" + text;
        URI uri;
        try {
            uri = URI.create(withScheme.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return hostOnly(withScheme);
        }
        String host = uri.getHost();
        if (host == null) {
            return hostOnly(withScheme);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return none(ReasonCode.NO_KIND);
        }
        return website(host, uri.getPath(), uri.getQuery());
    }

    /** A host in another script, which {@link URI} refuses: the host is what is between {@code ://} and a slash. */
    private static Query hostOnly(String withScheme) {
        String rest = withScheme.substring(withScheme.indexOf("://") + 3);
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return website(rest.substring(0, end), null, null);
    }

    private static Query website(String host, String path, String query) {
        Optional<String> ascii = Domains.ascii(host);
        if (ascii.isEmpty()) {
            return none(ReasonCode.NO_KIND);
        }
        Optional<PlatformLinks.Platform> platform = PlatformLinks.platformOf(ascii.get());
        if (platform.isPresent()) {
            Optional<PlatformLinks.Account> account = PlatformLinks.accountOf(platform.get(), path, query);
            if (account.isPresent()) {
                return new Query(QueryKind.valueOf(platform.get().name()), account.get().handle(), null);
            }
        }
        return new Query(QueryKind.WEBSITE, ascii.get(), null);
    }

    private static Query none(ReasonCode problem) {
        return new Query(QueryKind.NONE, null, problem);
    }
}
