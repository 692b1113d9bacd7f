package io.switchboard.router.language;

import java.util.Locale;

/**
 * Picks the language of a reply: the member's own setting when the platform reports one,
 * otherwise the text's script (any CJK ideograph means Chinese). Everything that is not Chinese
 * is answered in English, the desk's second language.
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    /**
     * @param memberLanguage the platform's language tag of the member ("zh-hans", "en-US"...), or null
     * @param text what the member wrote
     */
    public static Language resolve(String memberLanguage, String text) {
        if (memberLanguage != null && !memberLanguage.isBlank()) {
            return memberLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
        }
        return detect(text);
    }

    /** Chinese when the text holds at least one CJK ideograph, English otherwise. */
    public static Language detect(String text) {
        if (text != null && text.codePoints().anyMatch(cp -> Character.isIdeographic(cp))) {
            return Language.ZH;
        }
        return Language.EN;
    }
}
