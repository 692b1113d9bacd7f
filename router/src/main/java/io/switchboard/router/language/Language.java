package io.switchboard.router.language;

/** The languages Switchboard writes its own replies in. */
public enum Language {
    ZH,
    EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The locale of the language, for the wording other modules provide (the verifier's). */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(code());
    }
}
