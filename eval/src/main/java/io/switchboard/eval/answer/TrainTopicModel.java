package io.switchboard.eval.answer;

import io.switchboard.router.answer.TopicModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits the {@link TopicModel} on labelled sets (questions teach their expected topic, off-topic
 * requests "none"), prints how often its most probable class is right on held-out folds, and
 * with {@code --out} writes the model file the engine reads.
 *
 * <pre>
 * TrainTopicModel TRAIN.jsonl... [--out=FILE] [--folds=5] [--penalty=P]
 * </pre>
 */
public final class TrainTopicModel {

    private TrainTopicModel() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine command = CommandLine.parse(args, "TrainTopicModel TRAIN.jsonl... [--out=FILE] [--folds=5] [--penalty=P]");
        List<LabeledMessage> messages = command.messages().stream().filter(message -> TopicTrainer.classOf(message) != null).toList();
        TopicTrainer trainer = TopicTrainer.load(command.number("penalty", TopicTrainer.PENALTY));

        Folds<LabeledMessage> folds = new Folds<>(messages, (int) command.number("folds", 5));
        int questions = 0;
        int questionsRight = 0;
        int offTopic = 0;
        int offTopicRight = 0;
        for (int k = 0; k < folds.count(); k++) {
            TopicModel model = trainer.fit(folds.training(k));
            for (LabeledMessage message : folds.heldOut(k)) {
                String expected = TopicTrainer.classOf(message);
                String best = model.read(trainer.featuresOf(message)).best();
                if (TopicModel.NONE.equals(expected)) {
                    offTopic++;
                    offTopicRight += best.equals(expected) ? 1 : 0;
                } else {
                    questions++;
                    questionsRight += best.equals(expected) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d messages that teach a class, from %s; %d-fold cross-validation%n"
                + "most probable class right: questions %s, off-topic requests (none) %s%n", messages.size(),
                String.join(", ", command.files()), folds.count(), Ratio.of(questionsRight, questions),
                Ratio.of(offTopicRight, offTopic));

        String model = "# Fitted by TrainTopicModel on " + String.join(", ", command.fileNames()) + " ("
                + messages.size() + " messages); do not edit by hand. 'class bias', then 'class weight feature'.\n"
                + trainer.fit(messages).toText();
        if (command.value("out") != null) {
            Files.writeString(Path.of(command.value("out")), model, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%nwrote %s (%d lines)%n", command.value("out"), model.lines().count());
        }
    }
}
