package io.switchboard.eval.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a verification set: what a person pastes into the verification box, whether it is one of the
 * exchange's official channels, and the topic it stands for (official-phones, lookalike-domains...).
 */
public record LabeledQuery(String q, Boolean official, String topic) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public LabeledQuery {
        if (q == null || q.isEmpty()) {
            throw new IllegalArgumentException("q is missing");
        }
        if (official == null) {
            throw new IllegalArgumentException("official (true or false) is missing");
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic is missing");
        }
    }

    /** @throws IllegalArgumentException naming the line that is not a valid item */
    public static List<LabeledQuery> readJsonLines(Path path) {
        List<LabeledQuery> items = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(path);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    items.add(JSON.readValue(lines.get(i), LabeledQuery.class));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return items;
    }
}
