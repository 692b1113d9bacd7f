package io.switchboard.eval.answer;

import io.switchboard.router.answer.QuestionGate;
import java.util.List;
import java.util.Locale;

/**
 * Measures the engine's {@link QuestionGate} on a labelled set: precision, recall and F1 of
 * "asks", by variety and by kind, with counts.
 *
 * <pre>
 * EvaluateQuestionGate FILE.jsonl... [--private] [--mistakes]
 * </pre>
 */
public final class EvaluateQuestionGate {

    private EvaluateQuestionGate() {
    }

    public static void main(String[] args) {
        CommandLine command = CommandLine.parse(args, "EvaluateQuestionGate FILE.jsonl... [--private] [--mistakes]");
        boolean privateChat = command.has("private");
        QuestionGate gate = QuestionGate.load();
        GateTrainer reader = GateTrainer.load(command.number("penalty", GateTrainer.PENALTY));
        List<LabeledMessage> messages = command.messages();
        GateReport report = new GateReport(messages.stream()
                .map(message -> new GateReport.Verdict(message, gate.asks(reader.featuresOf(message), privateChat)))
                .toList());
        System.out.printf(Locale.ROOT, "%s: %d messages, %s, gate threshold %.2f%n", String.join(", ", command.files()),
                messages.size(), privateChat ? "private" : "public", gate.threshold(privateChat));
        System.out.print(report.text());
        if (command.has("mistakes")) {
            System.out.println();
            report.mistakes().forEach(System.out::println);
        }
    }
}
