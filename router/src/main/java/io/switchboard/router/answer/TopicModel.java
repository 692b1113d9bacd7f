package io.switchboard.router.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which topic a message asks about, learnt beside the search: a multinomial (softmax) logistic
 * regression over the message's {@link GateFeatures}, one class per topic and {@value #NONE} for a
 * request no topic answers, fitted by the eval module's {@code TrainTopicModel} on the
 * blind-written training sets. BM25 ranks articles by the words they share with the message;
 * this model has seen how members word each topic ("maker fee" is trading fees, not withdrawal
 * fees), and its probability for a candidate's topic is a feature of the confidence model.
 *
 * <p>The model file ({@code knowledge/topic-model.txt}) is readable text: one
 * {@code class weight} line per class's bias, then one {@code class weight feature} line per
 * non-zero weight (the trainer prunes tiny weights).
 */
public final class TopicModel {

    static final String FILE = "topic-model.txt";
    /** The class of a request that no topic answers. */
    public static final String NONE = "none";

    private final List<String> classes;
    private final double[] biases;
    /** Feature to its non-zero weights: the classes' indexes and the weights, in pairs. */
    private final Map<String, Weights> weights;

    /**
     * @param biases each class's bias; its keys are the classes
     * @param weights feature to class to weight; absent pairs weigh nothing
     */
    public TopicModel(Map<String, Double> biases, Map<String, Map<String, Double>> weights) {
        this.classes = List.copyOf(biases.keySet());
        this.biases = biases.values().stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Integer> index = new HashMap<>();
        classes.forEach(name -> index.put(name, index.size()));
        this.weights = new HashMap<>();
        weights.forEach((feature, byClass) -> {
            int[] at = new int[byClass.size()];
            double[] values = new double[byClass.size()];
            int i = 0;
            for (Map.Entry<String, Double> entry : byClass.entrySet()) {
                Integer column = index.get(entry.getKey());
                if (column == null) {
                    throw new IllegalArgumentException("feature '" + feature + "' weighs unknown class '"
                            + entry.getKey() + "'");
                }
                at[i] = column;
                values[i++] = entry.getValue();
            }
            this.weights.put(feature, new Weights(at, values));
        });
    }

    /** Reads the model file; a line it cannot read fails with its number. */
    static TopicModel parse(String text) {
        Map<String, Double> biases = new LinkedHashMap<>();
        Map<String, Map<String, Double>> weights = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            try {
                double value = Double.parseDouble(parts[1]);
                if (parts.length == 2) {
                    biases.put(parts[0], value);
                } else {
                    weights.computeIfAbsent(parts[2], feature -> new HashMap<>()).put(parts[0], value);
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": expected 'class weight [feature]', got '"
                        + line + "'", e);
            }
        }
        if (!biases.containsKey(NONE)) {
            throw new IllegalArgumentException(FILE + " needs a bias line for the class '" + NONE + "'");
        }
        return new TopicModel(biases, weights);
    }

    /** The probabilities of each class for a message with these features. */
    public Reading read(Collection<String> features) {
        double[] z = biases.clone();
        for (String feature : features) {
            Weights w = weights.get(feature);
            if (w != null) {
                for (int i = 0; i < w.classes().length; i++) {
                    z[w.classes()[i]] += w.values()[i];
                }
            }
        }
        softmax(z);
        Map<String, Double> probabilities = new HashMap<>();
        for (int i = 0; i < z.length; i++) {
            probabilities.put(classes.get(i), z[i]);
        }
        return new Reading(probabilities);
    }

    /** Turns scores into probabilities, in place. */
    public static void softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
    }

    /** The model file: the biases, then the weights, largest first. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < classes.size(); i++) {
            out.append(String.format(Locale.ROOT, "%s %.4f%n", classes.get(i), biases[i]));
        }
        record Line(String text, double weight) {
        }
        List<Line> lines = new ArrayList<>();
        weights.forEach((feature, w) -> {
            for (int i = 0; i < w.classes().length; i++) {
                lines.add(new Line(String.format(Locale.ROOT, "%s %.4f %s", classes.get(w.classes()[i]),
                        w.values()[i], feature), Math.abs(w.values()[i])));
            }
        });
        lines.sort(Comparator.comparingDouble(Line::weight).reversed().thenComparing(Line::text));
        lines.forEach(line -> out.append(line.text()).append('\n'));
        return out.toString();
    }

    /** The classes' probabilities for one message. */
    public record Reading(Map<String, Double> probabilities) {

        /** The probability that the message asks about this topic; 0 for a key the model does not know. */
        public double of(String topic) {
            return probabilities.getOrDefault(topic, 0.0);
        }

        /** The most probable class (of equals, the first by name). */
        public String best() {
            return probabilities.entrySet().stream()
                    .max(Map.Entry.<String, Double>comparingByValue()
                            .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed()))
                    .orElseThrow().getKey();
        }

        /** The probability that no topic answers the message. */
        public double none() {
            return of(NONE);
        }
    }

    private record Weights(int[] classes, double[] values) {
    }
}
