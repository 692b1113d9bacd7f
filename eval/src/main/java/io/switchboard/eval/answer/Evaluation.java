package io.switchboard.eval.answer;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.channel.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs labeled messages through an engine once and computes, for any threshold, the metrics of
 * {@code shared/kb-eval/README.md}: auto-answer precision, coverage, top-3 suggestion recall and
 * the false-answer rate on messages no article answers.
 */
public final class Evaluation {

    private static final int TOP = 3;

    private final List<Outcome> outcomes;

    private Evaluation(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * @param privateChat whether to ask as a private chat (a lower threshold) or a public place
     */
    public static Evaluation run(AnswerEngine engine, List<LabeledMessage> messages, boolean privateChat) {
        List<Outcome> outcomes = new ArrayList<>(messages.size());
        for (LabeledMessage message : messages) {
            AnswerDecision decision = engine.decide(
                    new AnswerQuery(message.text(), Channel.fromKey(message.channel()), privateChat, null));
            outcomes.add(new Outcome(message, decision));
        }
        return new Evaluation(outcomes);
    }

    /** One evaluation of the messages of several, such as the held-out folds of a cross-validation. */
    public static Evaluation combined(List<Evaluation> parts) {
        return new Evaluation(parts.stream().flatMap(part -> part.outcomes.stream()).toList());
    }

    /** The metrics when answers need {@code threshold}, over all messages. */
    public Metrics overall(double threshold) {
        return Metrics.of(outcomes, threshold);
    }

    /** The metrics by language, then by channel, each group in name order. */
    public Map<String, Metrics> byLanguage(double threshold) {
        return grouped(threshold, outcome -> outcome.message().lang());
    }

    public Map<String, Metrics> byChannel(double threshold) {
        return grouped(threshold, outcome -> outcome.message().channel());
    }

    /** By kind (question, offtopic, chatter, scam) when the set gives kinds; else empty. */
    public Map<String, Metrics> byKind(double threshold) {
        if (outcomes.stream().allMatch(outcome -> outcome.message().kind() == null)) {
            return Map.of();
        }
        return grouped(threshold, outcome -> String.valueOf(outcome.message().kind()));
    }

    /**
     * Which topic was taken for which, expected -> answered, most frequent first: among the
     * auto-answers at {@code threshold} ({@code autoAnswers}) or among all best matches.
     */
    public Map<String, Integer> confusions(double threshold, boolean autoAnswers) {
        Map<String, Integer> pairs = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            String expected = outcome.message().expected();
            String answered = outcome.decision().articleKey();
            if (expected != null && answered != null && !expected.equals(answered)
                    && (!autoAnswers || outcome.answeredAt(threshold))) {
                pairs.merge(expected + " -> " + answered, 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        pairs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(pair -> sorted.put(pair.getKey(), pair.getValue()));
        return sorted;
    }

    /** Precision, coverage and the non-questions answered at thresholds from 0.20 to 0.90. */
    public String sweep() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "threshold  precision  coverage  null answered%n"));
        for (int step = 20; step <= 90; step += 5) {
            Metrics m = overall(step / 100.0);
            out.append(String.format(Locale.ROOT, "%9.2f  %9.3f  %8.3f  %13.3f%n", step / 100.0, m.precision(),
                    m.coverage(), m.nullAnswerRate()));
        }
        return out.toString();
    }

    /** The confusion report: wrong auto-answers at {@code threshold}, then wrong best matches. */
    public String confusionReport(double threshold) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "wrong auto-answers at %.2f, expected -> answered:%n", threshold));
        confusions(threshold, true).forEach((pair, count) -> out.append(String.format(Locale.ROOT, "%4d  %s%n", count, pair)));
        out.append(String.format(Locale.ROOT, "wrong best match (top-1), expected -> best:%n"));
        confusions(threshold, false).forEach((pair, count) -> out.append(String.format(Locale.ROOT, "%4d  %s%n", count, pair)));
        return out.toString();
    }

    /** Messages the engine got wrong at {@code threshold}: wrong answers and misses, for tuning. */
    public List<String> mistakes(double threshold) {
        List<String> lines = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            boolean answered = outcome.answeredAt(threshold);
            String expected = outcome.message().expected();
            if (answered && !outcome.correct()) {
                lines.add(String.format(Locale.ROOT, "WRONG  %-22s got %-22s %.3f  %s", expected,
                        outcome.decision().articleKey(), outcome.decision().confidence(), outcome.message().text()));
            } else if (!answered && expected != null) {
                lines.add(String.format(Locale.ROOT, "MISSED %-22s top %-22s %.3f%s  %s", expected,
                        outcome.decision().articleKey(), outcome.decision().confidence(),
                        outcome.inTop(TOP) ? "" : " (not in top 3)", outcome.message().text()));
            }
        }
        return lines;
    }

    /** Plain-text table of every group, with counts next to ratios; what the command prints. */
    public String report(double threshold) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "auto-answer threshold: %.2f%n%n", threshold));
        out.append(String.format(Locale.ROOT, "%-18s %-18s %-18s %-18s %-18s%n", "group", "precision",
                "coverage", "top-3 recall", "null answered"));
        row(out, "overall", overall(threshold));
        byLanguage(threshold).forEach((lang, metrics) -> row(out, "lang=" + lang, metrics));
        byChannel(threshold).forEach((channel, metrics) -> row(out, "channel=" + channel, metrics));
        byKind(threshold).forEach((kind, metrics) -> row(out, "kind=" + kind, metrics));
        return out.toString();
    }

    private static void row(StringBuilder out, String group, Metrics m) {
        out.append(String.format(Locale.ROOT, "%-18s %-18s %-18s %-18s %-18s%n", group,
                Ratio.of(m.correctAnswers(), m.answers()), Ratio.of(m.correctAnswers(), m.answerable()),
                Ratio.of(m.inTopThree(), m.answerable()), Ratio.of(m.nullAnswered(), m.nullMessages())));
    }

    private Map<String, Metrics> grouped(double threshold, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(outcome -> groups.computeIfAbsent(key.apply(outcome), k -> new ArrayList<>()).add(outcome));
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        groups.forEach((name, group) -> metrics.put(name, Metrics.of(group, threshold)));
        return metrics;
    }

    private record Outcome(LabeledMessage message, AnswerDecision decision) {

        boolean answeredAt(double threshold) {
            return decision.articleKey() != null && decision.confidence() >= threshold;
        }

        boolean correct() {
            return message.expected() != null && Objects.equals(message.expected(), decision.articleKey());
        }

        boolean inTop(int n) {
            return decision.suggestions().stream().limit(n).map(Suggestion::articleKey)
                    .anyMatch(key -> key.equals(message.expected()));
        }
    }

    /**
     * Counts behind the ratios.
     *
     * @param answers messages auto-answered
     * @param correctAnswers of those, answered with the expected topic
     * @param answerable messages with an expected topic
     * @param inTopThree of those, the expected topic among the three best suggestions
     * @param nullMessages messages no topic answers
     * @param nullAnswered of those, auto-answered anyway
     */
    public record Metrics(int answers, int correctAnswers, int answerable, int inTopThree, int nullMessages,
            int nullAnswered) {

        static Metrics of(List<Outcome> outcomes, double threshold) {
            int answers = 0;
            int correct = 0;
            int answerable = 0;
            int top = 0;
            int nulls = 0;
            int nullAnswered = 0;
            for (Outcome outcome : outcomes) {
                boolean answered = outcome.answeredAt(threshold);
                answers += answered ? 1 : 0;
                correct += answered && outcome.correct() ? 1 : 0;
                if (outcome.message().expected() == null) {
                    nulls++;
                    nullAnswered += answered ? 1 : 0;
                } else {
                    answerable++;
                    top += outcome.inTop(TOP) ? 1 : 0;
                }
            }
            return new Metrics(answers, correct, answerable, top, nulls, nullAnswered);
        }

        /** Correct auto-answers over all auto-answers; 1 when there were none (nothing was wrong). */
        public double precision() {
            return answers == 0 ? 1 : (double) correctAnswers / answers;
        }

        public double coverage() {
            return answerable == 0 ? 0 : (double) correctAnswers / answerable;
        }

        public double topThreeRecall() {
            return answerable == 0 ? 0 : (double) inTopThree / answerable;
        }

        public double nullAnswerRate() {
            return nullMessages == 0 ? 0 : (double) nullAnswered / nullMessages;
        }
    }
}
