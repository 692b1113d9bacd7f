package io.switchboard.eval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How well the question gate tells messages that ask from the others: precision, recall and F1
 * of "asks", with counts, overall, by variety and by kind.
 */
final class GateReport {

    /** One message and what the gate said of it. */
    record Verdict(LabeledMessage message, boolean saidAsks) {
    }

    private final List<Verdict> verdicts;

    GateReport(List<Verdict> verdicts) {
        this.verdicts = List.copyOf(verdicts);
    }

    Counts overall() {
        return Counts.of(verdicts);
    }

    String text() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %-16s %-16s %-16s %6s%n",
                "group", "n", "said asks", "precision", "recall", "F1"));
        row(out, "overall", overall());
        grouped(message -> "variety=" + (message.variety() == null ? "?" : message.variety()))
                .forEach((group, counts) -> row(out, group, counts));
        grouped(message -> "kind=" + message.kindOrGuess()).forEach((group, counts) -> row(out, group, counts));
        return out.toString();
    }

    /** Wrong verdicts, for reading: what the gate let through and what it held back. */
    List<String> mistakes() {
        List<String> lines = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            if (verdict.saidAsks() != verdict.message().asks()) {
                lines.add(String.format(Locale.ROOT, "%-12s %-9s %s", verdict.saidAsks() ? "LET THROUGH" : "HELD BACK",
                        verdict.message().kindOrGuess(), verdict.message().text()));
            }
        }
        return lines;
    }

    private Map<String, Counts> grouped(Function<LabeledMessage, String> key) {
        Map<String, List<Verdict>> groups = new TreeMap<>();
        verdicts.forEach(v -> groups.computeIfAbsent(key.apply(v.message()), k -> new ArrayList<>()).add(v));
        Map<String, Counts> counts = new TreeMap<>();
        groups.forEach((group, members) -> counts.put(group, Counts.of(members)));
        return counts;
    }

    private static void row(StringBuilder out, String group, Counts c) {
        out.append(String.format(Locale.ROOT, "%-16s %5d %-16s %-16s %-16s %6s%n", group, c.total(),
                Ratio.of(c.truePositives() + c.falsePositives(), c.total()),
                Ratio.of(c.truePositives(), c.truePositives() + c.falsePositives()),
                Ratio.of(c.truePositives(), c.truePositives() + c.falseNegatives()),
                Double.isNaN(c.f1()) ? "n/a" : String.format(Locale.ROOT, "%.3f", c.f1())));
    }

    /** The confusion matrix of "asks". */
    record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        static Counts of(List<Verdict> verdicts) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (Verdict v : verdicts) {
                boolean asks = v.message().asks();
                if (v.saidAsks()) {
                    tp += asks ? 1 : 0;
                    fp += asks ? 0 : 1;
                } else {
                    fn += asks ? 1 : 0;
                    tn += asks ? 0 : 1;
                }
            }
            return new Counts(tp, fp, fn, tn);
        }

        int total() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        double precision() {
            return (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }
    }
}
