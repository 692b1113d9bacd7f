package io.switchboard.router.answer;

/** One possible answer to a message, with the features and the confidence the model gave it. */
record Candidate(IndexedEntry entry, MatchFeatures features, double confidence) {

    String id() {
        return entry.id();
    }
}
