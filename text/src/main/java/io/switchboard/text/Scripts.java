package io.switchboard.text;

/** Which writing system a text uses; enough to tell Chinese from English. */
public final class Scripts {

    private Scripts() {
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(CharSequence text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }
}
