package io.switchboard.bench;

import io.switchboard.bench.HelpBench.Page;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One round of the help center: each series' requests by the same readers, one series after the other. */
record HelpRound(Map<Page, HttpLoad.Result> results) {

    HelpRound {
        results = Collections.unmodifiableMap(new EnumMap<>(results));
    }

    Figures figures(Page page) {
        return results.get(page).figures();
    }

    /** The series against the stylesheet of the same round: throughput and each percentile as page / baseline. */
    Figures overBaseline(Page page) {
        return figures(page).over(figures(Page.STYLESHEET));
    }

    /** The answers other than 200 a series got over some rounds, by status. */
    static SortedMap<Integer, Integer> unexpected(List<HelpRound> rounds, Page page) {
        SortedMap<Integer, Integer> total = new TreeMap<>();
        rounds.forEach(round -> round.results().get(page).unexpected().forEach((status, n) -> total.merge(status, n,
                Integer::sum)));
        return total;
    }
}
