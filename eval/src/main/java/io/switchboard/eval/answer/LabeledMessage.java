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

/**
 * One line of an evaluation set: {@code {"text", "expected", "lang", "channel"}}.
 *
 * @param expected the topic key whose article answers the message, or null when none does
 */
public record LabeledMessage(String text, String expected, String lang, String channel) {

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
