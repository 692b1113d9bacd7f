package io.switchboard.eval.verify;

import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The verifier on a labeled set. "Not official" is the answer that protects people, so precision and recall are of
 * that answer: precision, of the items called not official, how many are not; recall, of the items that are not
 * official, how many were called so (an item not understood is a miss). Separately: official items recognised, and
 * official items called fake, which must be none.
 */
public record VerifyEvaluation(Map<String, Tally> byTopic, Tally overall, List<String> mistakes) {

    /** Counts of one topic or of the whole set. */
    public record Tally(int items, int fakeCalledFake, int officialCalledFake, int fakeMissed, int officialRecognised,
            int officialItems) {

        static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(boolean official, Verdict verdict) {
            boolean calledFake = verdict == Verdict.NOT_OFFICIAL;
            return new Tally(items + 1, fakeCalledFake + (!official && calledFake ? 1 : 0),
                    officialCalledFake + (official && calledFake ? 1 : 0),
                    fakeMissed + (!official && !calledFake ? 1 : 0),
                    officialRecognised + (official && verdict == Verdict.OFFICIAL ? 1 : 0),
                    officialItems + (official ? 1 : 0));
        }

        public double precision() {
            int calledFake = fakeCalledFake + officialCalledFake;
            return calledFake == 0 ? 1 : (double) fakeCalledFake / calledFake;
        }

        public double recall() {
            int fakes = fakeCalledFake + fakeMissed;
            return fakes == 0 ? 1 : (double) fakeCalledFake / fakes;
        }

        public double officialRecognisedRate() {
            return officialItems == 0 ? 1 : (double) officialRecognised / officialItems;
        }
    }

    public static VerifyEvaluation run(Verifier verifier, List<LabeledQuery> items) {
        Map<String, Tally> byTopic = new TreeMap<>();
        Tally overall = Tally.EMPTY;
        List<String> mistakes = new ArrayList<>();
        for (LabeledQuery item : items) {
            Verification verification = verifier.check(item.q());
            byTopic.merge(item.topic(), Tally.EMPTY.plus(item.official(), verification.verdict()),
                    (a, b) -> a.plus(item.official(), verification.verdict()));
            overall = overall.plus(item.official(), verification.verdict());
            boolean right = item.official() ? verification.verdict() == Verdict.OFFICIAL
                    : verification.verdict() == Verdict.NOT_OFFICIAL;
            if (!right) {
                mistakes.add(String.format(Locale.ROOT, "%s | %s | labelled %s, answered %s %s (%s)", item.topic(),
                        item.q(), item.official() ? "official" : "not official", verification.verdict(),
                        verification.kind(), verification.reasons().stream().map(Reason::code).map(Enum::name)
                                .collect(Collectors.joining(","))));
            }
        }
        return new VerifyEvaluation(byTopic, overall, mistakes);
    }

    /** A table: each topic, then the whole set. */
    public String report() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s %10s %8s %12s %14s%n", "topic",
                "items", "precision", "recall", "official ok", "official->fake"));
        byTopic.forEach((topic, tally) -> table.append(row(topic, tally)));
        return table.append(row("all", overall)).toString();
    }

    private static String row(String name, Tally tally) {
        return String.format(Locale.ROOT, "%-24s %6d %10.3f %8.3f %12s %14d%n", name, tally.items(), tally.precision(),
                tally.recall(), tally.officialItems() == 0 ? "-" : tally.officialRecognised() + "/" + tally.officialItems(),
                tally.officialCalledFake());
    }
}
