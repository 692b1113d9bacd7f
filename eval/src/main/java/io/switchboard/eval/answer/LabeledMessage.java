package io.switchboard.eval.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of an evaluation set: {@code {"text", "expected", "lang", "channel"}}, and in the
 * blind-written training sets also {@code "variety"} and {@code "kind"}.
 *
 * @param expected the topic key whose article answers the message, or null when none does
 * @param variety zh-hans, zh-hant, en or mixed; null when the set does not say
 * @param kind question (a topic answers it), offtopic (a request no topic answers), chatter or
 *     scam; null when the set does not say
 */
public record LabeledMessage(String text, String expected, String lang, String channel, String variety,
        String kind) {

    /** The kinds that ask support for something: what the question gate should let through. */
    private static final Set<String> ASKING = Set.of("question", "offtopic");

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads a JSON Lines file; blank lines are skipped, a bad line fails with its number. */
    public static List<LabeledMessage> readJsonLines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaluation set " + file.toAbsolutePath(), e);
        }
        return parse(lines, file.toString());
    }

    /**
     * Whether the message asks support for something. Sets without kinds hold only questions and
     * chatter, so there a message asks when a topic answers it.
     */
    public boolean asks() {
        return kind == null ? expected != null : ASKING.contains(kind);
    }

    /** The kind, or for sets without kinds question or chatter (see {@link #asks()}). */
    public String kindOrGuess() {
        return kind != null ? kind : expected != null ? "question" : "chatter";
    }

    static List<LabeledMessage> parse(List<String> lines, String source) {
        List<LabeledMessage> messages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                LabeledMessage message = JSON.readValue(line, LabeledMessage.class);
                if (message.text() == null || message.lang() == null || message.channel() == null) {
                    throw new IllegalArgumentException("text, lang and channel are required");
                }
                messages.add(message);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return messages;
    }
}
