package io.switchboard.verify.check;

import io.switchboard.verify.registry.OfficialEntry;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The verifier's words from {@code io/switchboard/verify/messages*.properties}: Chinese for {@code zh} (simplified and
 * traditional alike), English otherwise.
 */
@Component
class BundleWording implements VerificationWording {

    private static final String BUNDLE = "io.switchboard.verify.messages";
    static final String PAGE = "/verify";

    private final String pageAddress;

    /** @param publicUrl the help center's public address, where the verification page is; blank: the path alone */
    BundleWording(@Value("${switchboard.helpcenter.public-url:}") String publicUrl) {
        this.pageAddress = publicUrl.isBlank() ? PAGE : publicUrl.replaceAll("/+$", "") + PAGE;
    }

    @Override
    public Wording describe(Verification verification, Locale locale) {
        ResourceBundle words = bundle(locale);
        return switch (verification.verdict()) {
            case OFFICIAL -> official(verification.official(), words);
            case NOT_OFFICIAL -> new Wording(words.getString("fake.headline"),
                    verification.reasons().stream().map(reason -> reason(reason, words)).toList(),
                    words.getString("fake.advice"));
            case NOT_UNDERSTOOD -> new Wording(words.getString("unclear.headline"),
                    verification.reasons().stream().map(reason -> reason(reason, words)).toList(),
                    words.getString("unclear.advice"));
        };
    }

    @Override
    public String trustLine(Locale locale) {
        return format(bundle(locale), "trust.line", pageAddress);
    }

    private static Wording official(OfficialEntry entry, ResourceBundle words) {
        List<String> details = new ArrayList<>();
        details.add(new MessageFormat(words.getString("official.channel"), words.getLocale())
                .format(new Object[] {words.getString("kind." + entry.kind()), entry.display()}));
        if (entry.isStaff()) {
            details.add(format(words, "official.staff", entry.staffName()));
        }
        if (entry.region() != null) {
            details.add(format(words, "official.region", entry.region()));
        }
        if (entry.hours() != null) {
            details.add(format(words, "official.hours", entry.hours()));
        }
        if (!entry.languages().isEmpty()) {
            details.add(format(words, "official.languages", String.join(", ", entry.languages())));
        }
        if (entry.purpose() != null) {
            details.add(format(words, "official.purpose", entry.purpose()));
        }
        return new Wording(format(words, "official.headline", entry.label()), details,
                words.getString("official.advice"));
    }

    private static String reason(Reason reason, ResourceBundle words) {
        String key = "reason." + reason.code();
        if (reason.code() == ReasonCode.NOT_REGISTERED && reason.subject() != null) {
            key += ".domain";
        }
        return format(words, key, reason.subject());
    }

    private static String format(ResourceBundle words, String key, Object argument) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(new Object[] {argument});
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
