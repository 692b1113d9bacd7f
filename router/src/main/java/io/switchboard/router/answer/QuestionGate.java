package io.switchboard.router.answer;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a message asks support for something (a question, a request for help, a complaint that
 * needs action) or is a statement, opinion, joke, thanks, market talk, a question to other users
 * or a scam: a logistic regression over {@link GateFeatures}, fitted by the eval module's
 * {@code TrainQuestionGate} on blind-written labelled messages. The engine does not answer in
 * public what the gate says does not ask, however well its words match an article: a busy group
 * must not hear the bot on every remark that names a topic. In private chats a member mostly
 * writes to be helped, so there the gate holds back only what it is surer of (a lower threshold).
 *
 * <p>The model file ({@code knowledge/question-gate.txt}) is readable text: {@code threshold},
 * {@code private-threshold}, {@code bias}, then one {@code feature weight} per line, only the
 * non-zero weights.
 */
public final class QuestionGate {

    static final String FILE = "question-gate.txt";

    private final double threshold;
    private final double privateThreshold;
    private final double bias;
    private final Map<String, Double> weights;

    /**
     * @param threshold the probability from which a public message asks
     * @param privateThreshold the same in a private chat; 0 lets every private message through
     * @param weights feature name to weight; features not in it weigh nothing
     */
    public QuestionGate(double threshold, double privateThreshold, double bias, Map<String, Double> weights) {
        if (threshold <= 0 || threshold >= 1 || privateThreshold < 0 || privateThreshold >= 1) {
            throw new IllegalArgumentException("the gate's thresholds must be within (0, 1), got " + threshold
                    + " and " + privateThreshold);
        }
        this.threshold = threshold;
        this.privateThreshold = privateThreshold;
        this.bias = bias;
        this.weights = Map.copyOf(weights);
    }

    /** The gate the engine uses, from its resources. */
    public static QuestionGate load() {
        return parse(EngineResources.read(FILE));
    }

    /** Reads the model file; a line it cannot read fails with its number. */
    static QuestionGate parse(String text) {
        Map<String, Double> weights = new HashMap<>();
        Double threshold = null;
        Double privateThreshold = null;
        Double bias = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            int tab = line.lastIndexOf('\t');
            int split = Math.max(space, tab);
            if (split <= 0) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": expected 'feature weight', got '" + line + "'");
            }
            String name = line.substring(0, split).strip();
            double value;
            try {
                value = Double.parseDouble(line.substring(split + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": not a number in '" + line + "'", e);
            }
            switch (name) {
                case "threshold" -> threshold = value;
                case "private-threshold" -> privateThreshold = value;
                case "bias" -> bias = value;
                default -> weights.put(name, value);
            }
        }
        if (threshold == null || privateThreshold == null || bias == null) {
            throw new IllegalArgumentException(FILE + " needs a 'threshold', a 'private-threshold' and a 'bias' line");
        }
        return new QuestionGate(threshold, privateThreshold, bias, weights);
    }

    /** The probability that a message with these features asks support for something. */
    public double probability(Collection<String> features) {
        double z = bias;
        for (String feature : features) {
            Double weight = weights.get(feature);
            if (weight != null) {
                z += weight;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether a message with these features asks, in a private chat or in public. */
    public boolean asks(Collection<String> features, boolean privateChat) {
        return probability(features) >= threshold(privateChat);
    }

    public double threshold(boolean privateChat) {
        return privateChat ? privateThreshold : threshold;
    }

    /** The same weights with other thresholds. */
    public QuestionGate withThresholds(double publicThreshold, double privateChatThreshold) {
        return new QuestionGate(publicThreshold, privateChatThreshold, bias, weights);
    }

    /** The model file: threshold, bias, then the weights, largest first, those that round to zero left out. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "threshold %.4f%nprivate-threshold %.4f%nbias %.4f%n", threshold,
                privateThreshold, bias));
        weights.entrySet().stream()
                .filter(entry -> Math.abs(entry.getValue()) >= 0.00005)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> out.append(String.format(Locale.ROOT, "%s %.4f%n", entry.getKey(), entry.getValue())));
        return out.toString();
    }
}
