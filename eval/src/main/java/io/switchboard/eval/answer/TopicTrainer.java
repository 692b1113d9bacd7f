package io.switchboard.eval.answer;

import io.switchboard.router.answer.GateFeatures;
import io.switchboard.router.answer.TopicModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the {@link TopicModel}: L2-regularized multinomial logistic regression over the messages'
 * {@link GateFeatures}, one class per expected topic of the questions and {@link TopicModel#NONE}
 * for the off-topic requests; chatter and scams are the gate's business and are left out.
 * Features seen in fewer than {@link FeatureMatrix#MIN_MESSAGES} training messages are left out.
 * Full-batch gradient descent with Nesterov momentum for a fixed number of steps, classes and
 * features in sorted order: the same data gives the same model, bit for bit.
 */
final class TopicTrainer {

    /** L2 penalty on the summed log-loss; chosen by cross-validation on the training sets. */
    static final double PENALTY = 1.0;
    /** Weights smaller than this are left out of the model file: they move no probability visibly. */
    static final double PRUNE = 0.02;
    private static final int STEPS = 1000;

    private final GateFeatures features;
    private final double penalty;

    TopicTrainer(GateFeatures features, double penalty) {
        this.features = features;
        this.penalty = penalty;
    }

    static TopicTrainer load(double penalty) {
        return new TopicTrainer(GateFeatures.load(), penalty);
    }

    /** The class a message teaches: its topic, none for an off-topic request, null when it teaches none. */
    static String classOf(LabeledMessage message) {
        if (message.expected() != null) {
            return message.expected();
        }
        return "offtopic".equals(message.kind()) ? TopicModel.NONE : null;
    }

    Set<String> featuresOf(LabeledMessage message) {
        return features.of(message.text());
    }

    /** Fits the weights on those of {@code messages} that teach a class. */
    TopicModel fit(List<LabeledMessage> messages) {
        List<LabeledMessage> taught = messages.stream().filter(message -> classOf(message) != null).toList();
        return fit(taught.stream().map(this::featuresOf).toList(), taught.stream().map(TopicTrainer::classOf).toList());
    }

    /** Fits the weights on feature sets and their classes. */
    TopicModel fit(List<Set<String>> rows, List<String> labels) {
        List<String> classes = List.copyOf(new TreeSet<>(labels));
        Map<String, Integer> classIndex = new HashMap<>();
        classes.forEach(name -> classIndex.put(name, classIndex.size()));
        FeatureMatrix matrix = FeatureMatrix.of(rows);
        List<String> names = matrix.names();
        int[][] x = matrix.rows();
        int[] y = labels.stream().mapToInt(classIndex::get).toArray();
        double[][] w = solve(x, y, names.size(), classes.size(), penalty);

        Map<String, Double> biases = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            biases.put(classes.get(c), w[0][c]);
        }
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            Map<String, Double> byClass = new TreeMap<>();
            for (int c = 0; c < classes.size(); c++) {
                if (Math.abs(w[j + 1][c]) >= PRUNE) {
                    byClass.put(classes.get(c), w[j + 1][c]);
                }
            }
            if (!byClass.isEmpty()) {
                weights.put(names.get(j), byClass);
            }
        }
        return new TopicModel(biases, weights);
    }

    /**
     * Minimizes the summed cross-entropy plus {@code penalty / 2 * |w|^2} (the biases, row 0, not
     * penalized). The step is one over a bound of the gradient's Lipschitz constant: half the
     * largest eigenvalue of X'X, which for a 0/1 matrix is at most the largest, over the rows, sum
     * of the column counts of the row's features (the bias column counting every row).
     */
    private static double[][] solve(int[][] x, int[] y, int features, int classes, double penalty) {
        int n = features + 1;
        int[] columnCounts = new int[features];
        for (int[] row : x) {
            for (int j : row) {
                columnCounts[j]++;
            }
        }
        double bound = 0;
        for (int[] row : x) {
            double sum = x.length;
            for (int j : row) {
                sum += columnCounts[j];
            }
            bound = Math.max(bound, sum);
        }
        double step = 1 / (0.5 * bound + penalty);
        double[][] w = new double[n][classes];
        double[][] previous = new double[n][classes];
        double[][] look = new double[n][classes];
        double[][] gradient = new double[n][classes];
        double[] p = new double[classes];
        for (int t = 1; t <= STEPS; t++) {
            double momentum = (t - 1) / (t + 2.0);
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < classes; c++) {
                    look[j][c] = w[j][c] + momentum * (w[j][c] - previous[j][c]);
                }
                Arrays.fill(gradient[j], 0);
            }
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(look[0], 0, p, 0, classes);
                for (int j : x[i]) {
                    double[] row = look[j + 1];
                    for (int c = 0; c < classes; c++) {
                        p[c] += row[c];
                    }
                }
                TopicModel.softmax(p);
                p[y[i]] -= 1;
                for (int c = 0; c < classes; c++) {
                    gradient[0][c] += p[c];
                }
                for (int j : x[i]) {
                    double[] row = gradient[j + 1];
                    for (int c = 0; c < classes; c++) {
                        row[c] += p[c];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                System.arraycopy(w[j], 0, previous[j], 0, classes);
                for (int c = 0; c < classes; c++) {
                    double shrink = j == 0 ? 0 : penalty * look[j][c];
                    w[j][c] = look[j][c] - step * (gradient[j][c] + shrink);
                }
            }
        }
        return w;
    }
}
