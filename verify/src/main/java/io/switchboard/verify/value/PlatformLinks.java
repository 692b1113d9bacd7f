package io.switchboard.verify.value;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account a link on a platform points at: {@code t.me/NovaEx}, {@code x.com/NovaEx/status/1},
 * {@code facebook.com/novaexofficial}, {@code fb.com/profile.php?id=100}.
 */
public final class PlatformLinks {

    /** The platforms whose links name an account; the registry's and the verifier's kinds of the same names. */
    public enum Platform {
        TELEGRAM, X, FACEBOOK
    }

    /** An account on a platform: the handle normalised ({@link Handles}). */
    public record Account(Platform platform, String handle) {
    }

    private static final Map<String, Platform> HOSTS = Map.ofEntries(
            Map.entry("t.me", Platform.TELEGRAM), Map.entry("telegram.me", Platform.TELEGRAM),
            Map.entry("telegram.dog", Platform.TELEGRAM),
            Map.entry("x.com", Platform.X), Map.entry("twitter.com", Platform.X),
            Map.entry("mobile.twitter.com", Platform.X), Map.entry("mobile.x.com", Platform.X),
            Map.entry("facebook.com", Platform.FACEBOOK), Map.entry("m.facebook.com", Platform.FACEBOOK),
            Map.entry("fb.com", Platform.FACEBOOK), Map.entry("web.facebook.com", Platform.FACEBOOK),
            Map.entry("fb.me", Platform.FACEBOOK), Map.entry("m.me", Platform.FACEBOOK));
    /** Path segments that are a page of the platform, not an account. */
    private static final Set<String> NOT_ACCOUNTS = Set.of("s", "joinchat", "share", "home", "search", "i", "intent",
            "hashtag", "groups", "watch", "pages", "events", "login", "settings", "explore", "notifications");
    private static final Pattern PROFILE_ID = Pattern.compile("(?:^|&)id=(\\d+)");

    private PlatformLinks() {
    }

    /** The platform whose links a host is ({@code www.} dropped); empty for any other host. */
    public static Optional<Platform> platformOf(String host) {
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        return Optional.ofNullable(HOSTS.get(bare));
    }

    /**
     * The account a platform link points at.
     *
     * @param path the link's path, e.g. {@code /NovaEx/status/1}
     * @param query the query string without {@code ?}, or null
     */
    public static Optional<Account> accountOf(Platform platform, String path, String query) {
        String[] segments = path == null ? new String[0] : path.replaceFirst("^/+", "").split("/");
        int first = 0;
        if (platform == Platform.TELEGRAM && segments.length > 1 && "s".equals(segments[0])) {
            first = 1; // t.me/s/<channel>: the channel's public preview
        }
        if (platform == Platform.FACEBOOK && segments.length > 0 && "profile.php".equals(segments[0])
                && query != null) {
            Matcher id = PROFILE_ID.matcher(query);
            return id.find() ? Optional.of(new Account(platform, id.group(1))) : Optional.empty();
        }
        if (segments.length <= first || segments[first].isBlank()
                || NOT_ACCOUNTS.contains(segments[first].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Handles.normalize(segments[first]).map(handle -> new Account(platform, handle));
    }
}
