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

    /**
     * "zh" when Chinese characters are at least as many as Latin words ("API key怎么创建" is
     * Chinese, "my 提现 is stuck for hours" English), else "en".
     */
    static String detectLanguage(CharSequence text) {
        long han = text.codePoints().filter(Scripts::isHan).count();
        if (han == 0) {
            return "en";
        }
        long latinWords = java.util.Arrays.stream(text.toString().split("[^A-Za-z]+"))
                .filter(word -> word.length() > 1).count();
        return han >= latinWords ? "zh" : "en";
    }
}
