package io.switchboard.core.helpcenter;

import java.util.Comparator;

/** How readers rated one article: "yes, this helped" and "no" votes. */
public record ArticleTally(String articleKey, int helpful, int notHelpful) {

    static final Comparator<ArticleTally> LEAST_HELPFUL_FIRST = Comparator
            .comparingDouble(ArticleTally::helpfulRatio)
            .thenComparing(Comparator.comparingInt(ArticleTally::votes).reversed())
            .thenComparing(ArticleTally::articleKey);

    public int votes() {
        return helpful + notHelpful;
    }

    /** The share of "yes" among the votes, 0..1; 1 for an article nobody rated. */
    public double helpfulRatio() {
        return votes() == 0 ? 1.0 : (double) helpful / votes();
    }
}
