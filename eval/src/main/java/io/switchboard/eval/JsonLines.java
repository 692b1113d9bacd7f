package io.switchboard.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Labeled sets in JSON Lines: one item per line, blank lines skipped, a bad line failing with its number. */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** @throws IllegalArgumentException naming the line that is not a valid {@code type} */
    public static <T> List<T> read(Path path, Class<T> type) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                items.add(JSON.readValue(lines.get(i), type));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return items;
    }
}
