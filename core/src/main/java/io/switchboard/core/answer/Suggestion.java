package io.switchboard.core.answer;

/** A knowledge-base article an agent might use, with the engine's confidence in it (0..1). */
public record Suggestion(String articleKey, double confidence) {
}
