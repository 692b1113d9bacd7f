package io.switchboard.admin.thread;

/**
 * A knowledge-base article an agent can insert into a reply, in the thread's language.
 *
 * @param confidence the answer engine's confidence (0..1) when it suggested the article; null for a
 *     search result
 * @param band how that confidence compares with the engine's threshold; null for a search result
 */
public record CannedReply(String key, String title, String text, Double confidence, Confidence band) {

    /** "87%": how the page shows the engine's confidence. */
    public String percent() {
        return confidence == null ? "" : Math.round(confidence * 100) + "%";
    }
}
