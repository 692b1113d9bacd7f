package io.switchboard.eval.verify;

import io.switchboard.eval.JsonLines;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of a verification set: what a person pastes into the verification box, whether it is one of the
 * exchange's official channels, and the topic it stands for (official-phones, lookalike-domains...).
 */
public record LabeledQuery(String q, Boolean official, String topic) {

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
        return JsonLines.read(path, LabeledQuery.class);
    }
}
