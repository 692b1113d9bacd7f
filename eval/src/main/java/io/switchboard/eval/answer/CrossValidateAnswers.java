package io.switchboard.eval.answer;

import io.switchboard.router.answer.ConfidenceModel;
import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import io.switchboard.router.answer.QuestionGate;
import io.switchboard.router.answer.TopicModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Estimates how the engine does on messages it has never seen: k-fold cross-validation on the
 * training sets, fitting the question gate, the topic model and the confidence model on k-1 folds and asking the
 * held-out fold, as public posts and as private chats. Prints the evaluation report of the
 * held-out folds together, the threshold sweeps and the confusion pairs.
 *
 * <pre>
 * CrossValidateAnswers TRAIN.jsonl... [--folds=5] [--threshold=0.65] [--private-threshold=0.60]
 *     [--gate-threshold=T] [--gate-private-threshold=T] [--penalty=P] [--topic-penalty=P] [--mistakes]
 * </pre>
 * A gate threshold of 0 in private chats lets every private message through.
 */
public final class CrossValidateAnswers {

    private CrossValidateAnswers() {
    }

    public static void main(String[] args) {
        CommandLine command = CommandLine.parse(args, "CrossValidateAnswers TRAIN.jsonl... [--folds=5] [--threshold=T] "
                + "[--private-threshold=T] [--gate-threshold=T] [--gate-private-threshold=T] [--penalty=P] [--topic-penalty=P] "
                + "[--mistakes]");
        KnowledgeProperties properties = KnowledgeProperties.defaults();
        double publicThreshold = command.number("threshold", properties.thresholds().publicChat());
        double privateThreshold = command.number("private-threshold", properties.thresholds().privateChat());
        double gateThreshold = command.number("gate-threshold", TrainQuestionGate.THRESHOLD);
        double gatePrivateThreshold = command.number("gate-private-threshold", TrainQuestionGate.PRIVATE_THRESHOLD);
        List<LabeledMessage> messages = command.messages();

        GateTrainer gateTrainer = GateTrainer.load(command.number("penalty", GateTrainer.PENALTY));
        TopicTrainer topicTrainer = TopicTrainer.load(command.number("topic-penalty", TopicTrainer.PENALTY));
        Folds<CalibrateConfidence.Examples> folds = new Folds<>(CalibrateConfidence.examples(messages),
                (int) command.number("folds", 5));
        List<Evaluation> publicParts = new ArrayList<>();
        List<Evaluation> privateParts = new ArrayList<>();
        for (int k = 0; k < folds.count(); k++) {
            List<CalibrateConfidence.Examples> training = folds.training(k);
            ConfidenceModel model = CalibrateConfidence.fit(CalibrateConfidence.Examples.fitted(
                    CalibrateConfidence.outOfFold(training, gateTrainer, topicTrainer)));
            QuestionGate gate = gateTrainer.fit(training.stream().map(CalibrateConfidence.Examples::message).toList(),
                    gateThreshold, gatePrivateThreshold);
            TopicModel topics = topicTrainer.fit(training.stream().map(CalibrateConfidence.Examples::message).toList());
            List<LabeledMessage> heldOut = folds.heldOut(k).stream().map(CalibrateConfidence.Examples::message).toList();
            try (KnowledgeAnswerEngine engine = KnowledgeAnswerEngine.withModels(model, gate, topics, DefaultKnowledgeBase.load(),
                    properties, Clock.systemUTC())) {
                publicParts.add(Evaluation.run(engine, heldOut, false));
                privateParts.add(Evaluation.run(engine, heldOut, true));
            }
        }
        Evaluation asPublic = Evaluation.combined(publicParts);
        Evaluation asPrivate = Evaluation.combined(privateParts);
        System.out.printf(Locale.ROOT, "%d messages from %s; %d-fold cross-validation, gate thresholds %.2f public, "
                + "%.2f private%n%npublic posts%n%s%n%s%n%s%nprivate chats%n%s%n%s%n%s", messages.size(),
                String.join(", ", command.files()), folds.count(), gateThreshold, gatePrivateThreshold,
                asPublic.report(publicThreshold), asPublic.sweep(), asPublic.confusionReport(publicThreshold),
                asPrivate.report(privateThreshold), asPrivate.sweep(), asPrivate.confusionReport(privateThreshold));
        if (command.has("mistakes")) {
            System.out.println();
            asPublic.mistakes(publicThreshold).forEach(System.out::println);
        }
    }
}
