package io.switchboard.router.decision;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages that are only courtesy: a greeting, thanks, or an acknowledgement. Only a message that
 * is nothing else counts ("hi, how do I withdraw?" is a question), so they are matched whole,
 * after dropping mentions, punctuation, emoji and case.
 */
public enum SmallTalk {
    GREETING(Set.of("hi", "hello", "hey", "hi there", "hello there", "hey there", "good morning",
            "good afternoon", "good evening", "gm", "yo", "hiya",
            "你好", "您好", "嗨", "哈喽", "早上好", "下午好", "晚上好", "早", "在吗", "你好啊")),
    THANKS(Set.of("thanks", "thank you", "thank you so much", "thanks a lot", "many thanks", "thx",
            "ty", "tysm", "thanks bot", "thank you bot", "cheers", "appreciate it",
            "谢谢", "多谢", "感谢", "谢谢你", "谢谢您", "非常感谢", "谢啦", "谢了", "感谢感谢")),
    ACKNOWLEDGEMENT(Set.of("ok", "okay", "k", "got it", "i see", "alright", "all right", "cool",
            "noted", "understood", "great", "nice",
            "好", "好的", "收到", "明白", "明白了", "知道了", "了解", "嗯", "嗯嗯", "行", "可以"));

    /** Mentions (@bot) and everything that is neither a letter, a digit nor a space. */
    private static final Pattern NOISE = Pattern.compile("@\\w+|[^\\p{L}\\p{N}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> phrases;

    SmallTalk(Set<String> phrases) {
        this.phrases = phrases;
    }

    /** The kind of small talk the whole text is, if it is nothing more. */
    public static Optional<SmallTalk> of(String text) {
        String normalized = SPACES.matcher(NOISE.matcher(text).replaceAll(" ")).replaceAll(" ")
                .trim().toLowerCase(Locale.ROOT);
        for (SmallTalk kind : values()) {
            if (kind.phrases.contains(normalized)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
