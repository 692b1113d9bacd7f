package io.switchboard.verify.check;

import com.google.common.net.InternetDomainName;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checkable things in a message, in order of appearance: links, domains, addresses, phone numbers, handles. */
final class Findings {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'，。、）)\\]]+");
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern DOMAIN = Pattern.compile("(?<![@\\w./-])(?:[\\p{L}\\p{N}-]+\\.)+[\\p{L}]{2,}(?:/[^\\s<>\"'，。]*)?");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@./])@[A-Za-z0-9_]{3,32}\\b");

    private Findings() {
    }

    static List<String> in(String text, List<String> links) {
        Map<Integer, String> found = new TreeMap<>();
        StringBuilder rest = new StringBuilder(text);
        take(LINK, rest, found);
        take(ADDRESS, rest, found);
        Matcher domains = DOMAIN.matcher(rest);
        while (domains.find()) {
            String host = domains.group().split("/", 2)[0].toLowerCase(Locale.ROOT);
            if (isDomain(host)) {
                found.put(domains.start(), domains.group());
                blank(rest, domains.start(), domains.end());
            }
        }
        Matcher phones = PhoneNumbers.IN_TEXT.matcher(rest);
        while (phones.find()) {
            if (PhoneNumbers.looksLikePhone(PhoneNumbers.clean(phones.group().strip()))) {
                found.put(phones.start(), phones.group().strip());
            }
        }
        take(HANDLE, rest, found);
        List<String> all = new ArrayList<>(found.values());
        links.stream().filter(link -> link != null && !link.isBlank() && !all.contains(link)).forEach(all::add);
        return all;
    }

    private static void take(Pattern pattern, StringBuilder rest, Map<Integer, String> found) {
        Matcher matcher = pattern.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            found.put(matcher.start(), matcher.group());
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        spans.forEach(span -> blank(rest, span[0], span[1]));
    }

    /** Blanks a span out so that later patterns do not find parts of it again; offsets stay as they were. */
    private static void blank(StringBuilder rest, int start, int end) {
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }

    private static boolean isDomain(String host) {
        try {
            return InternetDomainName.isValid(host) && InternetDomainName.from(host).hasPublicSuffix()
                    && !InternetDomainName.from(host).isPublicSuffix();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
