package io.switchboard.router.answer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns {@link MatchFeatures} into a confidence in 0..1: a logistic regression whose weights were
 * fitted (by the eval module's {@code CalibrateConfidence}) on the project's own calibration
 * messages, so that a confidence of 0.8 means "right about four times in five" on messages like
 * those. Public for that command only: the engine reads the fitted model from its resources.
 */
public final class ConfidenceModel {

    /** The names of the features, in the order of their weights; the model file uses them as keys. */
    public static final List<String> FEATURES = MatchFeatures.NAMES;

    private final double bias;
    private final double[] weights;

    public ConfidenceModel(double bias, double[] weights) {
        if (weights.length != MatchFeatures.NAMES.size()) {
            throw new IllegalArgumentException("the model needs " + MatchFeatures.NAMES.size() + " weights, got "
                    + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
    }

    /** Reads {@code bias=...} and one {@code name=weight} per feature. */
    static ConfidenceModel parse(String properties) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] weights = new double[MatchFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(values, MatchFeatures.NAMES.get(i));
        }
        return new ConfidenceModel(number(values, "bias"), weights);
    }

    double confidence(MatchFeatures features) {
        double[] x = features.vector();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public String toProperties() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "bias=%.4f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            out.append(String.format(Locale.ROOT, "%s=%.4f%n", MatchFeatures.NAMES.get(i), weights[i]));
        }
        return out.toString();
    }

    private static double number(Properties values, String name) {
        String value = values.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("confidence model has no weight for '" + name + "'");
        }
        return Double.parseDouble(value.strip());
    }
}
