package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.eval.guard.EvaluateGuard;
import io.switchboard.eval.guard.LabeledItem;
import io.switchboard.router.guard.ScamDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the scam guard's detector on its own, one check at a time, as the guard runs it: for a
 * public message its text and then its author's name and username, for a join the name alone. The
 * mix: the answer engine's labeled questions, posted by an ordinary member (what a support
 * community mostly writes), then the guard's labeled set (scams and the hard negatives that look
 * like them), checked with the rules that set is evaluated with. Scams are far more frequent here
 * than in a real community, and they are what makes the checks work hardest.
 */
final class GuardBench {

    /** One thing the guard checks: a message (text, author) or a join (text null). */
    private record Check(String displayName, String handle, String text) {

        String shown() {
            return text != null ? text : displayName + (handle == null ? "" : " (@" + handle + ")");
        }
    }

    private final ScamDetector detector;
    private final List<Check> checks;
    private final long scams;

    GuardBench(List<LabeledMessage> questions, Path guardSet, Path rules) {
        this.detector = new ScamDetector(EvaluateGuard.readRules(rules));
        List<LabeledItem> items = LabeledItem.readJsonLines(guardSet);
        List<Check> mix = new ArrayList<>();
        questions.forEach(question -> mix.add(new Check("Anna K", "anna_trades", question.text())));
        items.forEach(item -> mix.add("name".equals(item.kind()) ? new Check(item.name(), item.handle(), null)
                : new Check(item.name() == null ? "Anna K" : item.name(), item.handle(), item.text())));
        this.checks = List.copyOf(mix);
        this.scams = items.stream().filter(item -> "scam".equals(item.label())).count();
    }

    List<MatchRound> run(int warmupRounds, int rounds, int calls) {
        return new CallTimer<>(checks, this::check, Check::shown).run("guard", warmupRounds, rounds, calls);
    }

    private void check(Check check) {
        if (check.text() != null) {
            detector.checkMessage(check.text());
        }
        detector.checkName(check.displayName(), check.handle());
    }

    /** What the mix holds, for the report. */
    String mix() {
        long joins = checks.stream().filter(check -> check.text() == null).count();
        return "%d items: %d messages, %d joins; %d scams".formatted(checks.size(), checks.size() - joins, joins, scams);
    }
}
