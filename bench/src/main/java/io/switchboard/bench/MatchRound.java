package io.switchboard.bench;

/** One round of timed calls (answer engine, scam guard): how many, the percentiles over them, the slowest input. */
record MatchRound(int calls, Figures figures, CallTimer.Slowest slowest) {
}
