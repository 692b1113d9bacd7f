package io.switchboard.eval.answer;

import io.switchboard.router.answer.QuestionGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the {@link QuestionGate} on labelled sets (with {@code kind}: question and offtopic ask,
 * chatter and scam do not), prints its k-fold cross-validated precision and recall of "asks" on
 * them, and with {@code --out} writes the model file the engine reads.
 *
 * <pre>
 * TrainQuestionGate TRAIN.jsonl... [--out=FILE] [--folds=5] [--threshold=T] [--private-threshold=T]
 *     [--penalty=P] [--mistakes]
 * </pre>
 */
public final class TrainQuestionGate {

    /**
     * The default thresholds, chosen by cross-validating the whole engine on the training sets
     * ({@code CrossValidateAnswers}): see docs/answer-engine.md.
     */
    static final double THRESHOLD = 0.5;
    static final double PRIVATE_THRESHOLD = 0.3;

    private TrainQuestionGate() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine command = CommandLine.parse(args, "TrainQuestionGate TRAIN.jsonl... [--out=FILE] "
                + "[--folds=5] [--threshold=T] [--private-threshold=T] [--penalty=P] [--mistakes]");
        List<LabeledMessage> messages = command.messages();
        double threshold = command.number("threshold", THRESHOLD);
        double privateThreshold = command.number("private-threshold", PRIVATE_THRESHOLD);
        GateTrainer trainer = GateTrainer.load(command.number("penalty", GateTrainer.PENALTY));

        Folds<LabeledMessage> folds = new Folds<>(messages, (int) command.number("folds", 5));
        List<GateReport.Verdict> publicVerdicts = new ArrayList<>();
        List<GateReport.Verdict> privateVerdicts = new ArrayList<>();
        for (int k = 0; k < folds.count(); k++) {
            QuestionGate gate = trainer.fit(folds.training(k), threshold, privateThreshold);
            for (LabeledMessage message : folds.heldOut(k)) {
                Set<String> features = trainer.featuresOf(message);
                publicVerdicts.add(new GateReport.Verdict(message, gate.asks(features, false)));
                privateVerdicts.add(new GateReport.Verdict(message, gate.asks(features, true)));
            }
        }
        System.out.printf(Locale.ROOT, "%d messages from %s; %d-fold cross-validation%n%n", messages.size(),
                String.join(", ", command.files()), folds.count());
        System.out.printf(Locale.ROOT, "public, threshold %.2f%n%s%n", threshold, new GateReport(publicVerdicts).text());
        System.out.printf(Locale.ROOT, "private, threshold %.2f%n%s", privateThreshold,
                new GateReport(privateVerdicts).text());
        if (command.has("mistakes")) {
            System.out.println();
            new GateReport(publicVerdicts).mistakes().forEach(System.out::println);
        }

        QuestionGate gate = trainer.fit(messages, threshold, privateThreshold);
        String model = "# Fitted by TrainQuestionGate on " + String.join(", ", command.fileNames()) + " ("
                + messages.size() + " messages); do not edit by hand. One 'feature weight' a line.\n" + gate.toText();
        if (command.value("out") != null) {
            Files.writeString(Path.of(command.value("out")), model, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%nwrote %s (%d lines)%n", command.value("out"), model.lines().count());
        }
    }
}
