package io.switchboard.bench;

/** One round of timed answer-engine calls: the percentiles over all calls and the slowest message. */
record MatchRound(Figures figures, MatchBench.SlowestMessage slowest) {
}
