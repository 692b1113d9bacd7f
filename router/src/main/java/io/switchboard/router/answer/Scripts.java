package io.switchboard.router.answer;

/** Which writing system a text uses; enough to tell Chinese from English. */
final class Scripts {

    private Scripts() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(CharSequence text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }
}
