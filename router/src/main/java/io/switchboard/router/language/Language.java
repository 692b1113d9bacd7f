package io.switchboard.router.language;

/** The languages Switchboard writes its own replies in. */
public enum Language {
    ZH,
    EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
