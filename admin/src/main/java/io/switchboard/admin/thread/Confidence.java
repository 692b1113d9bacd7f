package io.switchboard.admin.thread;

/**
 * How far an agent can trust a suggestion, measured against the engine's own auto-answer threshold
 * where the member asked: at or above it the engine would have answered by itself; from half of it
 * the article may fit; below that it is a long shot (a 3% match must not look like a 91% one).
 */
enum Confidence {
    SURE("ok"),
    POSSIBLE("warn"),
    WEAK("weak");

    private final String badge;

    Confidence(String badge) {
        this.badge = badge;
    }

    static Confidence of(double confidence, double threshold) {
        if (confidence >= threshold) {
            return SURE;
        }
        return confidence >= threshold / 2 ? POSSIBLE : WEAK;
    }

    /** The badge's style class in console.css. */
    public String badge() {
        return badge;
    }
}
