package io.switchboard.router.answer;

/**
 * One candidate answer as the confidence model sees it, for fitting the model.
 *
 * @param key the article's topic key, or the announcement's entry id
 * @param features the model's inputs, in the order of {@link ConfidenceModel#FEATURES}
 */
public record CandidateFeatures(String key, double[] features) {
}
