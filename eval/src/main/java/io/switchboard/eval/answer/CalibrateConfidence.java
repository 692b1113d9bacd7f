package io.switchboard.eval.answer;

import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.router.answer.ConfidenceModel;
import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import io.switchboard.router.answer.QuestionGate;
import io.switchboard.router.answer.TopicModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the {@link ConfidenceModel} on labeled messages: for each message, the three best search
 * hits become examples, labeled 1 when the hit is the expected topic. Regularized logistic
 * regression, solved by Newton's method.
 *
 * <pre>
 * CalibrateConfidence TRAIN.jsonl... [--out=FILE]
 * </pre>
 * Run it on the blind-written training sets ({@code eval/src/test/resources/knowledge/train-a.jsonl}
 * and {@code train-b.jsonl}: the articles were not built from them), never on an evaluation set,
 * and write the result to {@code router/src/main/resources/knowledge/confidence-model.properties}.
 */
public final class CalibrateConfidence {

    private static final int HITS_PER_MESSAGE = 3;
    private static final int GATE_FOLDS = 5;
    /** L2 penalty on the weights: the calibration set is small, weights must stay modest. */
    private static final double PENALTY = 1.0;
    private static final int ITERATIONS = 50;
    private static final int ASKS = ConfidenceModel.FEATURES.indexOf("asks");
    private static final int TOPIC = ConfidenceModel.FEATURES.indexOf("topic");
    private static final int NONE = ConfidenceModel.FEATURES.indexOf("none");

    private CalibrateConfidence() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine command = CommandLine.parse(args, "CalibrateConfidence TRAIN.jsonl... [--out=FILE]");
        List<LabeledMessage> messages = command.messages();
        ConfidenceModel model = fit(Examples.fitted(outOfFold(examples(messages), GateTrainer.load(GateTrainer.PENALTY),
                TopicTrainer.load(TopicTrainer.PENALTY))));
        String properties = "# Fitted by CalibrateConfidence on " + String.join(", ", command.fileNames()) + " ("
                + messages.size() + " messages); do not edit by hand.\n" + model.toProperties();
        if (command.value("out") != null) {
            Files.writeString(Path.of(command.value("out")), properties, StandardCharsets.UTF_8);
        }
        System.out.print(properties);
    }

    /** A message and its examples: its best search hits with their features, as the model reads them. */
    record Examples(LabeledMessage message, List<Example> examples) {

        /** Every message's examples, chatter and scams too: the gate's {@code asks} feature weighs them. */
        static List<Example> fitted(List<Examples> messages) {
            return messages.stream().flatMap(m -> m.examples().stream()).toList();
        }

        /**
         * The same examples with the gate's and the topic model's probabilities as models fitted
         * without this message say.
         */
        Examples withLearnt(double asks, TopicModel.Reading topics) {
            return new Examples(message, examples.stream().map(example -> {
                double[] x = example.features().clone();
                x[ASKS] = asks;
                x[TOPIC] = topics.of(example.key());
                x[NONE] = topics.none();
                return new Example(example.key(), x, example.label());
            }).toList());
        }
    }

    /**
     * The examples with the question gate's and the topic model's probabilities of each message
     * as models fitted on the other folds say: the shipped models have seen every training
     * message and are surer of them than of a new one, and the confidence model would learn to
     * trust them too much.
     */
    static List<Examples> outOfFold(List<Examples> messages, GateTrainer gateTrainer, TopicTrainer topicTrainer) {
        Folds<Examples> folds = new Folds<>(messages, GATE_FOLDS);
        List<Examples> replaced = new ArrayList<>();
        for (int k = 0; k < folds.count(); k++) {
            List<LabeledMessage> training = folds.training(k).stream().map(Examples::message).toList();
            QuestionGate gate = gateTrainer.fit(training, TrainQuestionGate.THRESHOLD, TrainQuestionGate.PRIVATE_THRESHOLD);
            TopicModel topics = topicTrainer.fit(training);
            for (Examples held : folds.heldOut(k)) {
                Set<String> features = gateTrainer.featuresOf(held.message());
                replaced.add(held.withLearnt(gate.probability(features), topics.read(features)));
            }
        }
        return replaced;
    }

    /** Each message's examples; the features do not depend on the models, so one engine reads them all. */
    static List<Examples> examples(List<LabeledMessage> messages) {
        List<Examples> all = new ArrayList<>();
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                KnowledgeProperties.defaults(), Clock.systemUTC())) {
            for (LabeledMessage message : messages) {
                AnswerQuery query = new AnswerQuery(message.text(), Channel.fromKey(message.channel()), false, null);
                all.add(new Examples(message, engine.bestSearchMatches(query, HITS_PER_MESSAGE).stream()
                        .map(candidate -> new Example(candidate.key(), candidate.features(),
                                candidate.key().equals(message.expected()) ? 1 : 0))
                        .toList()));
            }
        }
        return all;
    }

    static ConfidenceModel fit(List<Example> examples) {
        int n = ConfidenceModel.FEATURES.size() + 1;
        double[] w = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example example : examples) {
                double[] x = withBias(example.features());
                double p = sigmoid(dot(w, x));
                for (int i = 0; i < n; i++) {
                    gradient[i] += (p - example.label()) * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < n; i++) {
                gradient[i] += PENALTY * w[i];
                hessian[i][i] += PENALTY;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-8) {
                break;
            }
        }
        double[] weights = new double[n - 1];
        System.arraycopy(w, 1, weights, 0, n - 1);
        System.err.printf(Locale.ROOT, "fitted on %d examples, log-loss %.4f%n", examples.size(), logLoss(w, examples));
        return new ConfidenceModel(w[0], weights);
    }

    private static double logLoss(double[] w, List<Example> examples) {
        double loss = 0;
        for (Example example : examples) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(dot(w, withBias(example.features())))));
            loss -= example.label() == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return loss / examples.size();
    }

    private static double[] withBias(double[] features) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        System.arraycopy(features, 0, x, 1, features.length);
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting; the Hessian is small and positive definite. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double valueSwap = b[col];
            b[col] = b[pivot];
            b[pivot] = valueSwap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                b[row] -= factor * b[col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    /** One candidate of a message: its topic, its features, 1 when it is the expected topic. */
    record Example(String key, double[] features, int label) {
    }
}
