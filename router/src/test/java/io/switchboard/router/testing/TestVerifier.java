package io.switchboard.router.testing;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.ReasonCode;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verifier reduced to exact lookups in the registry, in place of the verify module's: official when the
 * normalised value is registered, otherwise NOT_OFFICIAL as NOT_REGISTERED (or UNKNOWN_NUMBER); no look-alike
 * reasons, which are the verify module's to test. Phone numbers are read with libphonenumber in E.164 or as
 * Mainland numbers; links to {@code t.me} are Telegram accounts, {@code @handle}s any platform's.
 */
public final class TestVerifier implements Verifier {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern THING = Pattern.compile("(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
            + "|(?<link>https?://\\S+|t\\.me/\\w+)|(?<handle>@\\w{4,32})"
            + "|(?<phone>\\+?\\d(?:[\\s().-]{0,2}\\d){6,})");

    private final OfficialRegistry registry;

    public TestVerifier(OfficialRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Verification check(String query) {
        String asked = query == null ? "" : query.strip();
        if (asked.isEmpty()) {
            return notUnderstood(asked, ReasonCode.EMPTY);
        }
        RegistrySnapshot snapshot = registry.snapshot();
        if (asked.matches("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")) {
            String address = asked.toLowerCase(Locale.ROOT);
            return verdict(asked, QueryKind.EMAIL, address, snapshot.email(address), ReasonCode.NOT_REGISTERED);
        }
        if (asked.startsWith("@")) {
            String handle = asked.substring(1).toLowerCase(Locale.ROOT);
            Optional<OfficialEntry> found = snapshot.account(OfficialKind.TELEGRAM, handle)
                    .or(() -> snapshot.account(OfficialKind.X, handle));
            return verdict(asked, QueryKind.HANDLE, handle, found, ReasonCode.NOT_REGISTERED);
        }
        if (asked.matches("\\+?[\\d\\s().-]{7,}")) {
            try {
                String e164 = PHONES.format(PHONES.parse(asked, "CN"), PhoneNumberUtil.PhoneNumberFormat.E164);
                return verdict(asked, QueryKind.PHONE, e164, snapshot.phone(e164), ReasonCode.UNKNOWN_NUMBER);
            } catch (NumberParseException e) {
                return notUnderstood(asked, ReasonCode.NO_KIND);
            }
        }
        String host = URI.create(asked.contains("://") ? asked : "https://" + asked).getHost();
        if (host == null) {
            return notUnderstood(asked, ReasonCode.NO_KIND);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("t.me")) {
            String handle = URI.create(asked.contains("://") ? asked : "https://" + asked).getPath()
                    .replaceFirst("^/", "").toLowerCase(Locale.ROOT);
            return verdict(asked, QueryKind.TELEGRAM, handle, snapshot.account(OfficialKind.TELEGRAM, handle),
                    ReasonCode.NOT_REGISTERED);
        }
        return verdict(asked, QueryKind.WEBSITE, host, snapshot.website(host), ReasonCode.NOT_REGISTERED);
    }

    @Override
    public List<Verification> checkText(String text, List<String> links) {
        Map<String, Verification> found = new LinkedHashMap<>();
        List<String> things = new ArrayList<>();
        Matcher thing = THING.matcher(text);
        while (thing.find()) {
            things.add(thing.group().strip());
        }
        things.addAll(links);
        for (String one : things) {
            Verification verification = check(one);
            if (verification.normalized() != null) {
                found.putIfAbsent(verification.normalized(), verification);
            }
        }
        return List.copyOf(found.values());
    }

    private static Verification verdict(String asked, QueryKind kind, String normalized, Optional<OfficialEntry> entry,
            ReasonCode otherwise) {
        return entry.map(official -> new Verification(asked, kind, normalized, Verdict.OFFICIAL, official,
                        List.of(new Reason(ReasonCode.REGISTERED, official.display()))))
                .orElse(new Verification(asked, kind, normalized, Verdict.NOT_OFFICIAL, null,
                        List.of(Reason.of(otherwise))));
    }

    private static Verification notUnderstood(String asked, ReasonCode code) {
        return new Verification(asked, QueryKind.NONE, null, Verdict.NOT_UNDERSTOOD, null, List.of(Reason.of(code)));
    }
}
