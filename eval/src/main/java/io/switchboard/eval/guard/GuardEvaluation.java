package io.switchboard.eval.guard;

import io.switchboard.router.guard.Finding;
import io.switchboard.router.guard.ScamDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The detector's verdicts on a labelled set: an item counts as flagged when any rule fired. */
public final class GuardEvaluation {

    private final List<Verdict> verdicts;

    private GuardEvaluation(List<Verdict> verdicts) {
        this.verdicts = verdicts;
    }

    public static GuardEvaluation run(ScamDetector detector, List<LabeledItem> items) {
        List<Verdict> verdicts = new ArrayList<>();
        for (LabeledItem item : items) {
            List<Finding> findings = "name".equals(item.kind()) ? detector.checkName(item.name(), item.handle())
                    : detector.checkMessage(item.text());
            verdicts.add(new Verdict(item, findings));
        }
        return new GuardEvaluation(verdicts);
    }

    public Metrics overall() {
        return Metrics.of(verdicts);
    }

    /** Counts of one group of items. */
    public record Metrics(int items, int truePositives, int falsePositives, int falseNegatives) {

        static Metrics of(List<Verdict> verdicts) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Verdict verdict : verdicts) {
                boolean flagged = !verdict.findings().isEmpty();
                if (flagged && verdict.item().scam()) {
                    tp++;
                } else if (flagged) {
                    fp++;
                } else if (verdict.item().scam()) {
                    fn++;
                }
            }
            return new Metrics(verdicts.size(), tp, fp, fn);
        }

        /** Of what was flagged, the share that was a scam; 1 when nothing was flagged. */
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        /** Of the scams, the share flagged; 1 when there were none. */
        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        String line(String name) {
            if (truePositives + falseNegatives == 0) {
                // only legitimate items: what matters is how many were flagged anyway
                return String.format(Locale.ROOT, "%-26s %4d items  false alarms %d/%d", name, items, falsePositives,
                        items);
            }
            return String.format(Locale.ROOT, "%-26s %4d items  precision %.3f (%d/%d)  recall %.3f (%d/%d)", name,
                    items, precision(), truePositives, truePositives + falsePositives, recall(), truePositives,
                    truePositives + falseNegatives);
        }
    }

    /** Overall, by kind (names, messages), by language and by category. */
    public String report() {
        StringBuilder out = new StringBuilder(overall().line("overall")).append('\n');
        appendGroups(out, "kind", v -> v.item().kind());
        appendGroups(out, "lang", v -> v.item().lang());
        appendGroups(out, "category", v -> v.item().category());
        return out.toString();
    }

    private void appendGroups(StringBuilder out, String title, Function<Verdict, String> key) {
        Map<String, List<Verdict>> groups = verdicts.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        groups.forEach((name, group) -> out.append(Metrics.of(group).line(title + " " + name)).append('\n'));
    }

    /** Every scam missed and every legitimate item flagged, with the rules that fired. */
    public List<String> mistakes() {
        return verdicts.stream().filter(v -> v.item().scam() == v.findings().isEmpty())
                .map(v -> (v.item().scam() ? "MISSED  " : "FLAGGED ") + v.item().category() + ": " + v.item().shown()
                        + (v.findings().isEmpty() ? "" : "  <- " + v.findings().stream()
                                .map(f -> f.rule() + " " + f.explanation()).collect(Collectors.joining("; "))))
                .toList();
    }

    record Verdict(LabeledItem item, List<Finding> findings) {
    }
}
