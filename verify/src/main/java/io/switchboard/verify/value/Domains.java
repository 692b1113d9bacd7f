package io.switchboard.verify.value;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host names as the registry and the verifier compare them: lower case, in ASCII (punycode for other scripts), no
 * trailing dot; and their registrable domain by the public suffix list, so that {@code novaex.com.security-check.io}
 * is {@code security-check.io}'s, not ours.
 */
public final class Domains {

    private static final Pattern LABELS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private Domains() {
    }

    /** The host in ASCII lower case, or empty when it is no host name (an IP address, spaces, one label). */
    public static Optional<String> ascii(String host) {
        String trimmed = host.strip().toLowerCase(Locale.ROOT);
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return LABELS.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
    }

    /** The host as people read it: punycode labels shown in their script. */
    public static String unicode(String asciiHost) {
        return IDN.toUnicode(asciiHost, IDN.ALLOW_UNASSIGNED);
    }

    /** Whether a label is punycode, i.e. the host is written in another script. */
    public static boolean isOtherScript(String asciiHost) {
        return asciiHost.startsWith("xn--") || asciiHost.contains(".xn--");
    }

    /**
     * The registrable domain ({@code security-check.io} of {@code novaex.com.security-check.io}); the host itself
     * when it is under no known public suffix; empty for a public suffix itself ({@code com}, {@code com.hk}).
     */
    public static Optional<String> registrable(String asciiHost) {
        try {
            InternetDomainName name = InternetDomainName.from(asciiHost);
            if (name.isPublicSuffix()) {
                return Optional.empty();
            }
            return Optional.of(name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : asciiHost);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.of(asciiHost);
        }
    }

    /** The registrable domain without its public suffix: {@code novaex} of {@code novaex.com.hk}. */
    public static String nameOf(String registrable) {
        try {
            InternetDomainName name = InternetDomainName.from(registrable);
            if (name.hasPublicSuffix() && !name.isPublicSuffix()) {
                String suffix = name.publicSuffix().toString();
                return registrable.substring(0, registrable.length() - suffix.length() - 1);
            }
        } catch (IllegalArgumentException e) {
            // not a domain name: the whole string is its name
        }
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }

    /** Whether {@code host} is {@code domain} or one of its subdomains. */
    public static boolean isWithin(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
