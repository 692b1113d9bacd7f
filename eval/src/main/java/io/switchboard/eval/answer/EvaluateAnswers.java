package io.switchboard.eval.answer;

import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation command: runs a JSON Lines set through the engine built from the default
 * knowledge base, without a database, and prints the metrics overall, by language and by channel.
 *
 * <pre>
 * EvaluateAnswers FILE [--private] [--threshold=0.55] [--sweep] [--mistakes] [--confusions]
 * </pre>
 * Messages are asked as public posts (the stricter threshold) unless {@code --private}.
 * {@code --sweep} adds precision and coverage at other thresholds, {@code --mistakes} lists wrong
 * answers and misses, {@code --confusions} counts which topic was taken for which. A set with
 * {@code kind}s gets a row per kind: the non-questions answered, split into chatter, scam and
 * offtopic.
 */
public final class EvaluateAnswers {

    private EvaluateAnswers() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: EvaluateAnswers FILE.jsonl [--private] [--threshold=T] [--sweep] [--mistakes] [--confusions]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(1, args.length);
        boolean privateChat = options.contains("--private");
        KnowledgeProperties properties = KnowledgeProperties.defaults();
        double threshold = options.stream().filter(option -> option.startsWith("--threshold="))
                .map(option -> Double.parseDouble(option.substring("--threshold=".length())))
                .findFirst()
                .orElse(properties.thresholds().of(io.switchboard.core.channel.Channel.TELEGRAM, privateChat));

        List<LabeledMessage> messages = LabeledMessage.readJsonLines(Path.of(args[0]));
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                properties, Clock.systemUTC())) {
            Evaluation evaluation = Evaluation.run(engine, messages, privateChat);
            System.out.printf(Locale.ROOT, "%s: %d messages, asked as %s posts%n", args[0], messages.size(),
                    privateChat ? "private" : "public");
            System.out.print(evaluation.report(threshold));
            if (options.contains("--sweep")) {
                System.out.printf(Locale.ROOT, "%n%s", evaluation.sweep());
            }
            if (options.contains("--confusions")) {
                System.out.printf(Locale.ROOT, "%n%s", evaluation.confusionReport(threshold));
            }
            if (options.contains("--mistakes")) {
                System.out.printf(Locale.ROOT, "%n");
                evaluation.mistakes(threshold).forEach(System.out::println);
            }
        }
    }
}
