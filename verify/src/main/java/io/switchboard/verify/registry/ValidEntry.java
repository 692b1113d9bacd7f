package io.switchboard.verify.registry;

import io.switchboard.verify.value.Domains;
import io.switchboard.verify.value.Emails;
import io.switchboard.verify.value.Handles;
import io.switchboard.verify.value.PhoneNumbers;
import io.switchboard.verify.value.PlatformLinks;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A draft checked and normalised: {@code value} is what lookups compare, {@code display} what the manager wrote (a bare
 * handle with its {@code @}, as people see handles).
 */
record ValidEntry(OfficialKind kind, String value, String display, String label, String staffName, String region,
        String hours, List<String> languages, String purpose) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    /** @throws InvalidOfficialEntryException naming the field that is wrong */
    static ValidEntry of(OfficialEntryDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new InvalidOfficialEntryException("kind", "choose what kind of channel this is");
        }
        OfficialKind kind = draft.kind();
        String written = required(draft.value(), "value", 320);
        String value = normalise(kind, written);
        String display = isAccount(kind) && value.equals(written.toLowerCase(Locale.ROOT)) && !value.matches("-?\\d+")
                ? "@" + written : written;
        String label = required(draft.label(), "label", 200);
        String staffName = optional(draft.staffName(), "staffName", 100);
        if (staffName != null && (kind == OfficialKind.WEBSITE || kind == OfficialKind.PHONE)) {
            throw new InvalidOfficialEntryException("staffName",
                    "only accounts and mailboxes belong to a staff member; websites and phone lines are the exchange's");
        }
        boolean phone = kind == OfficialKind.PHONE;
        return new ValidEntry(kind, value, display, label, staffName,
                phone ? optional(draft.region(), "region", 100) : null,
                phone ? optional(draft.hours(), "hours", 200) : null,
                phone ? languages(draft.languages()) : List.of(),
                phone ? optional(draft.purpose(), "purpose", 500) : null);
    }

    private static boolean isAccount(OfficialKind kind) {
        return kind == OfficialKind.TELEGRAM || kind == OfficialKind.X || kind == OfficialKind.FACEBOOK;
    }

    private static String normalise(OfficialKind kind, String written) {
        return switch (kind) {
            case WEBSITE -> Domains.ascii(hostOf(written)).filter(host -> Domains.registrable(host).isPresent())
                    .orElseThrow(() -> invalid("a domain such as novaex.com (not a public suffix such as com.hk)"));
            case EMAIL -> Emails.normalize(written)
                    .orElseThrow(() -> invalid("a mailbox (support@novaex.com) or a sending domain (@mail.novaex.com)"));
            case PHONE -> {
                String cleaned = PhoneNumbers.clean(written);
                yield Optional.of(cleaned).filter(PhoneNumbers::isInternational).flatMap(PhoneNumbers::international)
                        .filter(PhoneNumbers::isValid)
                        .orElseThrow(() -> invalid("a phone number with its country code, such as +86 400 123 4567"));
            }
            case TELEGRAM, X, FACEBOOK -> handleOf(kind, written)
                    .orElseThrow(() -> invalid("a username (@NovaEx), a numeric id or a link to the account"));
        };
    }

    /** The host of {@code novaex.com}, {@code https://www.novaex.com/path}. */
    private static String hostOf(String written) {
        String text = written.contains("://") ? written : "https://" + written;
        try {
            String host = URI.create(text.replace(" ", "")).getHost();
            return host == null ? written : host;
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    private static Optional<String> handleOf(OfficialKind kind, String written) {
        if (written.contains("/")) {
            String text = written.contains("://") ? written : "https://" + written;
            try {
                URI link = URI.create(text);
                return Optional.ofNullable(link.getHost()).map(host -> host.toLowerCase(Locale.ROOT))
                        .flatMap(PlatformLinks::platformOf).filter(platform -> platform.name().equals(kind.name()))
                        .flatMap(platform -> PlatformLinks.accountOf(platform, link.getPath(), link.getQuery()))
                        .map(PlatformLinks.Account::handle);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Handles.normalize(written);
    }

    private static List<String> languages(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        List<String> normalised = codes.stream().filter(code -> code != null && !code.isBlank())
                .map(code -> code.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        normalised.stream().filter(code -> !LANGUAGE.matcher(code).matches()).findFirst().ifPresent(code -> {
            throw new InvalidOfficialEntryException("languages", "'" + code + "' is not a language code such as zh or en");
        });
        return normalised;
    }

    private static String required(String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw new InvalidOfficialEntryException(field, field + " is required");
        }
        return value;
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new InvalidOfficialEntryException(field, field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidOfficialEntryException(field, field + " has control characters");
        }
        return value;
    }

    private static InvalidOfficialEntryException invalid(String expected) {
        return new InvalidOfficialEntryException("value", "expected " + expected);
    }
}
