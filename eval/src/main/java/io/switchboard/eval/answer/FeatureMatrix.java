package io.switchboard.eval.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Messages' named binary features as the trainers fit them: the features seen in at least
 * {@value #MIN_MESSAGES} messages, in sorted order (a weight learnt from one message is that
 * message's, not the language's), and each message as the sorted columns of its features.
 *
 * @param names the kept features; column j is {@code names.get(j)}
 * @param rows for each message, the columns of its kept features
 */
record FeatureMatrix(List<String> names, int[][] rows) {

    static final int MIN_MESSAGES = 2;

    static FeatureMatrix of(List<Set<String>> messages) {
        Map<String, Integer> counts = new TreeMap<>();
        messages.forEach(row -> row.forEach(feature -> counts.merge(feature, 1, Integer::sum)));
        List<String> names = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_MESSAGES)
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new HashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        int[][] rows = new int[messages.size()][];
        for (int i = 0; i < messages.size(); i++) {
            rows[i] = messages.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
        }
        return new FeatureMatrix(names, rows);
    }
}
