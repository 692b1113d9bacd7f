package io.switchboard.eval.answer;

import io.switchboard.router.answer.GateFeatures;
import io.switchboard.router.answer.QuestionGate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits the {@link QuestionGate}: L2-regularized logistic regression over the messages'
 * {@link GateFeatures}, label "asks" ({@link LabeledMessage#asks()}). Features seen in fewer than
 * {@value FeatureMatrix#MIN_MESSAGES} training messages are left out: a weight learnt from one message is that
 * message's, not the language's. Full-batch gradient descent with Nesterov momentum for a fixed
 * number of steps, features in sorted order: the same data gives the same model, bit for bit.
 */
final class GateTrainer {

    /** L2 penalty on the summed log-loss; chosen by cross-validation on the training sets. */
    static final double PENALTY = 1.0;
    private static final int STEPS = 3000;

    private final GateFeatures features;
    private final double penalty;

    GateTrainer(GateFeatures features, double penalty) {
        this.features = features;
        this.penalty = penalty;
    }

    static GateTrainer load(double penalty) {
        return new GateTrainer(GateFeatures.load(), penalty);
    }

    /** The gate's features of a message, as the engine reads them. */
    Set<String> featuresOf(LabeledMessage message) {
        return features.of(message.text());
    }

    /** Fits the weights on {@code messages}, with the given thresholds. */
    QuestionGate fit(List<LabeledMessage> messages, double threshold, double privateThreshold) {
        List<Set<String>> rows = messages.stream().map(this::featuresOf).toList();
        return fit(rows, messages.stream().map(LabeledMessage::asks).toList(), threshold, privateThreshold);
    }

    QuestionGate fit(List<Set<String>> rows, List<Boolean> labels, double threshold, double privateThreshold) {
        FeatureMatrix matrix = FeatureMatrix.of(rows);
        List<String> names = matrix.names();
        int[][] x = matrix.rows();
        int widest = Arrays.stream(x).mapToInt(row -> row.length).max().orElse(0);
        double[] y = labels.stream().mapToDouble(asks -> asks ? 1 : 0).toArray();
        double[] w = solve(x, y, names.size(), widest, penalty);
        Map<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < names.size(); j++) {
            weights.put(names.get(j), w[j + 1]);
        }
        return new QuestionGate(threshold, privateThreshold, w[0], weights);
    }

    /**
     * Minimizes the summed log-loss plus {@code penalty / 2 * |w|^2} (the bias, {@code w[0]}, not
     * penalized) with a step of one over a bound of the gradient's Lipschitz constant.
     */
    private static double[] solve(int[][] x, double[] y, int features, int widest, double penalty) {
        int n = features + 1;
        double step = 1 / (0.25 * x.length * (widest + 1) + penalty);
        double[] w = new double[n];
        double[] previous = new double[n];
        double[] look = new double[n];
        double[] gradient = new double[n];
        for (int t = 1; t <= STEPS; t++) {
            double momentum = (t - 1) / (t + 2.0);
            for (int j = 0; j < n; j++) {
                look[j] = w[j] + momentum * (w[j] - previous[j]);
            }
            Arrays.fill(gradient, 0);
            for (int i = 0; i < x.length; i++) {
                double z = look[0];
                for (int j : x[i]) {
                    z += look[j + 1];
                }
                double error = 1 / (1 + Math.exp(-z)) - y[i];
                gradient[0] += error;
                for (int j : x[i]) {
                    gradient[j + 1] += error;
                }
            }
            System.arraycopy(w, 0, previous, 0, n);
            for (int j = 0; j < n; j++) {
                double shrink = j == 0 ? 0 : penalty * look[j];
                w[j] = look[j] - step * (gradient[j] + shrink);
            }
        }
        return w;
    }
}
