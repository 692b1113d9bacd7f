package io.switchboard.bench;

/** One round of timed answer-engine calls: how many, the percentiles over them, the slowest message. */
record MatchRound(int calls, Figures figures, MatchBench.SlowestMessage slowest) {
}
