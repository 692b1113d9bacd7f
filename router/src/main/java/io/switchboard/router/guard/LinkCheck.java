package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.Severity;
import io.switchboard.text.lookalike.Confusables;
import io.switchboard.text.lookalike.Lookalikes;
import java.net.IDN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Links in a message: a domain that is not on the allowlist but imitates the brand or an allowed
 * domain (the brand in another domain's name or subdomain, one letter off, homoglyphs, punycode),
 * a domain in another script, a URL shortener, and Telegram links or mentions of accounts whose
 * username imitates the brand or staff.
 */
final class LinkCheck {

    /** A host name, with or without a scheme; letters of any script, so homoglyph domains are seen. */
    private static final Pattern HOST = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?:https?://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                    + "(?:xn--[a-z0-9-]{2,59}|\\p{L}{2,24}))(?![\\p{L}\\p{N}-])((?:/[^\\s]*)?)",
            Pattern.CASE_INSENSITIVE);
    /** The end of a sentence; a dot or question mark inside a URL is none. */
    static final Pattern SENTENCE_BOUNDARY = Pattern.compile("[。！？\\n]|[.!?](?=\\s|$)");
    private static final Pattern SAFETY_QUESTION = Pattern.compile(
            "(?i)\\b(safe|legit|real|official|genuine|trust|scam|fake|phishing)\\b|安全|官方的|真的|靠谱|可信|骗|钓鱼");
    private static final Pattern QUESTION = Pattern.compile("[?？]|吗|\\bright\\b");
    /** "@NovaEx_Helpdesk" in text: Telegram and X usernames. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([A-Za-z][A-Za-z0-9_]{3,31})");
    /** Telegram's own link domains: what matters is the account they open. */
    private static final Set<String> TELEGRAM = Set.of("t.me", "telegram.me");
    /** Public URL shorteners: where they lead cannot be seen before clicking. */
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "goo.gl", "is.gd", "cutt.ly",
            "rb.gy", "shorturl.at", "ow.ly", "tiny.cc", "s.id", "rebrand.ly", "bit.do", "t.ly", "buff.ly",
            "shorte.st", "adf.ly", "v.gd", "url.cn", "dwz.cn", "t.cn", "suo.im", "tinyurl.hu", "lnkd.in", "qr.ae");

    private final List<String> allowedDomains;
    /** Brand names and the allowed domains' own names ("novaex" of novaex.com), as skeletons. */
    private final List<String> imitated;
    private final NameCheck names;

    LinkCheck(GuardRules rules, NameCheck names) {
        this.allowedDomains = rules.allowedDomains().stream().map(LinkCheck::ascii).toList();
        Set<String> protectedNames = new LinkedHashSet<>();
        rules.brandNames().forEach(brand -> protectedNames.add(Confusables.skeleton(brand)));
        allowedDomains.forEach(domain -> protectedNames.add(Confusables.skeleton(registrableName(domain))));
        protectedNames.removeIf(String::isEmpty);
        this.imitated = List.copyOf(protectedNames);
        this.names = names;
    }

    List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher host = HOST.matcher(text);
        while (host.find()) {
            if (!asksWhetherSafe(text, host.start(), host.end())) {
                checkHost(host.group(1), host.group(2)).ifPresent(findings::add);
            }
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (!asksWhetherSafe(text, mention.start(), mention.end())) {
                checkAccount(mention.group(1)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * Whether the sentence around a link asks if it can be trusted ("is this link safe?",
     * "这个网址是官方的吗？"): members who ask are the ones the guard protects.
     */
    static boolean asksWhetherSafe(String text, int start, int end) {
        Matcher before = SENTENCE_BOUNDARY.matcher(text.substring(0, start));
        int from = 0;
        while (before.find()) {
            from = before.end();
        }
        Matcher after = SENTENCE_BOUNDARY.matcher(text);
        int to = after.find(end) ? after.end() : text.length();
        String sentence = text.substring(from, to);
        return SAFETY_QUESTION.matcher(sentence).find() && QUESTION.matcher(sentence).find();
    }

    private Optional<Finding> checkHost(String written, String path) {
        String host = ascii(written);
        if (host == null || allowed(host)) {
            return Optional.empty();
        }
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        if (TELEGRAM.contains(bare)) {
            String account = path.replaceFirst("^/", "").split("[/?#]", 2)[0];
            return account.isEmpty() ? Optional.empty() : checkAccount(account);
        }
        if (SHORTENERS.contains(bare)) {
            return Optional.of(new Finding("link.shortener", Severity.MEDIUM,
                    "a shortened link (" + bare + ") hides where it leads"));
        }
        String unicode = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        String[] labels = unicode.split("\\.");
        // every label but the top-level domain: novaex.com.claim.top and support-novaex.net both count
        String name = Confusables.skeleton(String.join(".", Arrays.copyOf(labels, labels.length - 1)));
        for (String brand : imitated) {
            Lookalikes.Match match = Stream.of(labels).limit(labels.length - 1L)
                    .map(label -> Lookalikes.match(Confusables.skeleton(label), brand))
                    .filter(Lookalikes.Match::found).findFirst()
                    .orElse(Lookalikes.match(name, brand));
            if (match.found()) {
                return Optional.of(new Finding("link.lookalike", Severity.HIGH, "the link to " + written
                        + " imitates " + brand + " but is not one of the exchange's domains"));
            }
        }
        if (!unicode.equals(host) || host.contains("xn--")) {
            return Optional.of(new Finding("link.punycode", Severity.MEDIUM, "the link to " + written
                    + " uses letters of another script (" + host + ")"));
        }
        return Optional.empty();
    }

    private Optional<Finding> checkAccount(String account) {
        if (names.isOfficialHandle(account)) {
            return Optional.empty();
        }
        Optional<Finding> imitation = names.check(null, account).stream().findFirst()
                .map(f -> new Finding("link.fake-account", Severity.HIGH, "refers people to @" + account
                        + ", an account that is not official: " + f.explanation()));
        if (imitation.isPresent() || !names.namesBrand(account)) {
            return imitation;
        }
        return Optional.of(new Finding("link.fake-account", Severity.MEDIUM, "refers people to @" + account
                + ", named like the brand but not one of the official accounts"));
    }

    private boolean allowed(String host) {
        return allowedDomains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    /** The ASCII (punycode) form, lower case; null for what is no valid domain name. */
    private static String ascii(String host) {
        try {
            return IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "novaex" of "www.novaex.com": the label before the top-level domain. */
    private static String registrableName(String domain) {
        String[] labels = domain.split("\\.");
        return labels.length < 2 ? domain : labels[labels.length - 2];
    }
}
