package io.switchboard.router.answer;

import io.switchboard.router.answer.IntentSignals.Signal;
import io.switchboard.text.Scripts;
import io.switchboard.text.TermReader;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@link QuestionGate} reads of a message: named binary features. Links, mentions,
 * contact handles and pasted ids from the folded text (lower case, traditional Chinese folded to
 * simplified, links still in place); the rest from the normalized text, misspellings corrected as
 * the search reads them: Latin words and word pairs, Chinese character pairs and triples, question
 * marks and particles, emoji and laughter, first and second person, length; and the intent
 * signals. A few regular expressions over a short text: microseconds.
 *
 * <p>The names are the model file's keys: renaming one silently drops its weight, so a change here
 * means training the gate again ({@code TrainQuestionGate} in the eval module).
 */
public final class GateFeatures {

    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(?:ly|io|com|co|me|gg|xyz|org|net)(?:/\\S*)?");
    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_]+");
    /** QQ, WeChat, WhatsApp, Telegram handles or numbers: where scammers take members. */
    private static final Pattern CONTACT = Pattern.compile(
            "t\\.me/|(?:qq|vx|wx|wechat|whatsapp|微信|电报|飞机|tg|telegram)\\s*(?:号|群|id|number|:|：)?\\s*[+@]?[a-z0-9_]{5,}|\\+\\d[\\d -]{7,}");
    /** Order ids, amounts with many digits, transaction hashes: pasted evidence of a problem. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:0x)?[0-9a-f]{16,}\\b|\\d{5,}");
    private static final Pattern LAUGHTER = Pattern.compile("\\b(?:a?ha(?:ha)+|lol+|lmao+|rofl|hehe+|xd)\\b|哈哈|呵呵|嘿嘿|笑死|😂|🤣|😆|😅");
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9']*|\\d+|\\p{IsHan}+");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|im|i've|ive|my|me|mine)\\b|我");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|u|ur|your|y'all|guys|anyone|anybody|everyone)\\b|你们|大家|兄弟们|有人|谁");
    /** Words that open a question when they start a sentence. */
    private static final Set<String> OPENERS = Set.of("how", "why", "what", "when", "where", "which", "who", "can",
            "could", "is", "are", "do", "does", "did", "will", "would", "should", "any", "anyone", "pls", "please");
    private static final String PARTICLES = "吗呢吧么";
    /** Upper ends of the length buckets, in words. */
    private static final int[] LENGTHS = {3, 8, 20, 40};

    private final TermReader reader;
    private final IntentSignals signals;

    GateFeatures(TermReader reader, IntentSignals signals) {
        this.reader = reader;
        this.signals = signals;
    }

    /** The features as the engine's resources read them: for the gate's trainer. */
    public static GateFeatures load() {
        EngineResources resources = EngineResources.load();
        return new GateFeatures(resources.reader(), resources.signals());
    }

    /** The features of a message as it was written. */
    public Set<String> of(String message) {
        String folded = reader.fold(message);
        return of(folded, reader.normalize(message), signals.read(folded));
    }

    /**
     * @param folded the message as {@code TermReader.fold} returns it
     * @param normalized the message as {@code TermReader.normalize} returns it
     * @param found its intent signals
     */
    Set<String> of(String folded, String normalized, Set<Signal> found) {
        Set<String> features = new LinkedHashSet<>();
        for (Signal signal : found) {
            features.add("signal:" + signal.name().toLowerCase(Locale.ROOT));
        }
        flag(CONTACT, folded, "contact", features);
        flag(LINK, folded, "link", features);
        flag(MENTION, folded, "mention", features);
        String text = CONTACT.matcher(normalized).replaceAll(" ");
        text = flagAndRemove(REFERENCE, text, "reference", features);
        flag(LAUGHTER, text, "laughter", features);
        flag(FIRST_PERSON, text, "first-person", features);
        flag(SECOND_PERSON, text, "second-person", features);
        if (features.contains("first-person") && found.contains(Signal.PROBLEM)) {
            features.add("first-person-problem");
        }
        marks(text, features);
        int length = words(text, features);
        features.add("length:" + bucket(length));
        return features;
    }

    private static String flagAndRemove(Pattern pattern, String text, String name, Set<String> features) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        features.add(name);
        return matcher.replaceAll(" ");
    }

    private static void flag(Pattern pattern, String text, String name, Set<String> features) {
        if (pattern.matcher(text).find()) {
            features.add(name);
        }
    }

    /** Question and exclamation marks, question particles, emoji. */
    private static void marks(String text, Set<String> features) {
        String trimmed = text.strip();
        if (text.indexOf('?') >= 0) {
            features.add("mark:?");
        }
        if (trimmed.endsWith("?")) {
            features.add("mark:ends-?");
        }
        if (text.indexOf('!') >= 0) {
            features.add("mark:!");
        }
        int emoji = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (isEmoji(c)) {
                emoji++;
            }
            if (PARTICLES.indexOf(c) >= 0) {
                int next = i + 1 < text.length() ? text.codePointAt(i + 1) : ' ';
                // at the end of a clause: "能提吗", "到账了吗 急", not "什么" inside a phrase
                features.add(Scripts.isHan(next) ? "particle:" + (char) c : "particle-end:" + (char) c);
            }
        }
        if (emoji > 0) {
            features.add(emoji >= 3 ? "emoji:3+" : "emoji");
        }
    }

    private static boolean isEmoji(int c) {
        return c >= 0x1F300 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF;
    }

    /**
     * Latin words, adjacent word pairs and the opening word; Chinese character pairs and triples
     * within each run of Chinese.
     *
     * @return the message's length in words, a Chinese character counting as half a word
     */
    private static int words(String text, Set<String> features) {
        Matcher token = TOKEN.matcher(text);
        String previous = null;
        int previousEnd = -1;
        double length = 0;
        boolean first = true;
        while (token.find()) {
            String word = token.group();
            if (Scripts.isHan(word.codePointAt(0))) {
                chinese(word, features);
                length += word.length() / 2.0;
                previous = null;
            } else {
                if (Character.isDigit(word.charAt(0))) {
                    word = "<number>";
                }
                features.add("word:" + word);
                if (first) {
                    features.add("opens:" + (OPENERS.contains(word) ? word : "other"));
                }
                if (previous != null && text.substring(previousEnd, token.start()).isBlank()) {
                    features.add("pair:" + previous + "_" + word);
                }
                previous = word;
                length++;
            }
            previousEnd = token.end();
            first = false;
        }
        return (int) Math.ceil(length);
    }

    private static void chinese(String run, Set<String> features) {
        for (int i = 0; i + 1 < run.length(); i++) {
            features.add("zh2:" + run.substring(i, i + 2));
            if (i + 2 < run.length()) {
                features.add("zh3:" + run.substring(i, i + 3));
            }
        }
        if (run.length() == 1) {
            features.add("zh1:" + run);
        }
    }

    private static String bucket(int words) {
        for (int limit : LENGTHS) {
            if (words <= limit) {
                return "up-to-" + limit;
            }
        }
        return "over-" + LENGTHS[LENGTHS.length - 1];
    }
}
