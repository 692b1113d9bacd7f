package io.switchboard.eval.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.router.guard.ScamDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the guard's precision and recall on labelled sets (docs/guard.md):
 * {@code mvn -q -pl eval -am compile exec:java -Dexec.mainClass=io.switchboard.eval.guard.EvaluateGuard
 * -Dexec.args="eval/src/test/resources/guard/eval-set.jsonl"}. The rules are read from {@code rules.yml}
 * next to the first set, or from {@code --rules=path}; {@code --mistakes} lists every miss and false alarm.
 */
public final class EvaluateGuard {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private EvaluateGuard() {
    }

    public static void main(String[] args) {
        List<String> sets = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (sets.isEmpty()) {
            System.err.println("usage: EvaluateGuard <set.jsonl>... [--rules=rules.yml] [--mistakes]");
            System.exit(2);
        }
        Path rulesFile = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("--rules=")).findFirst()
                .map(arg -> Path.of(arg.substring("--rules=".length())))
                .orElse(Path.of(sets.get(0)).resolveSibling("rules.yml"));
        ScamDetector detector = new ScamDetector(readRules(rulesFile));
        boolean mistakes = List.of(args).contains("--mistakes");
        for (String set : sets) {
            GuardEvaluation evaluation = GuardEvaluation.run(detector, LabeledItem.readJsonLines(Path.of(set)));
            System.out.println("== " + set + " (rules: " + rulesFile + ")");
            System.out.print(evaluation.report());
            if (mistakes) {
                evaluation.mistakes().forEach(System.out::println);
            }
        }
    }

    /** Rules in YAML: brandNames, staffNames, allowedDomains, allowedHandles, extraPatterns. */
    public static GuardRules readRules(Path file) {
        try {
            return YAML.readValue(Files.readString(file), GuardRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guard rules " + file + ": " + e.getMessage(), e);
        }
    }
}
