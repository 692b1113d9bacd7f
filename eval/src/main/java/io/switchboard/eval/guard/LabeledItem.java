package io.switchboard.eval.guard;

import io.switchboard.eval.JsonLines;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of a guard evaluation set: a member's name (and username) or a message, labelled scam
 * or legit, with the category it stands for (impersonation, lookalike-link... for scams;
 * similar-name, safety-question... for the legitimate ones the guard must leave alone).
 */
public record LabeledItem(String kind, String name, String handle, String text, String lang, String label,
        String category) {

    public LabeledItem {
        if (!"name".equals(kind) && !"message".equals(kind)) {
            throw new IllegalArgumentException("kind must be 'name' or 'message', got " + kind);
        }
        if (!"scam".equals(label) && !"legit".equals(label)) {
            throw new IllegalArgumentException("label must be 'scam' or 'legit', got " + label);
        }
        if ("name".equals(kind) ? name == null || name.isBlank() : text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " item needs its " + ("name".equals(kind) ? "name" : "text"));
        }
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category is missing");
        }
    }

    boolean scam() {
        return "scam".equals(label);
    }

    /** What the item shows: the name (with its username) or the text. */
    String shown() {
        return "name".equals(kind) ? name + (handle == null ? "" : " (@" + handle + ")") : text;
    }

    /** @throws IllegalArgumentException naming the line that is not a valid item */
    public static List<LabeledItem> readJsonLines(Path path) {
        return JsonLines.read(path, LabeledItem.class);
    }
}
