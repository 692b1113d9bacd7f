package io.switchboard.eval.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the verifier on a labeled set against the registry an application configuration seeds:
 * {@code EvaluateVerifier <set.jsonl> <application.yml>} prints the table and every mistake.
 */
public final class EvaluateVerifier {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private EvaluateVerifier() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EvaluateVerifier <set.jsonl> <application.yml with switchboard.verify.seed>");
            System.exit(2);
        }
        VerifyEvaluation evaluation = VerifyEvaluation.run(verifierSeededBy(Path.of(args[1])),
                LabeledQuery.readJsonLines(Path.of(args[0])));
        System.out.print(evaluation.report());
        evaluation.mistakes().forEach(System.out::println);
    }

    /** A verifier on the registry {@code switchboard.verify.seed} of the configuration file lists. */
    public static Verifier verifierSeededBy(Path applicationYml) {
        try {
            JsonNode seed = YAML.readTree(applicationYml.toFile()).at("/switchboard/verify/seed");
            if (!seed.isArray()) {
                throw new IllegalArgumentException(applicationYml + " has no switchboard.verify.seed list");
            }
            List<OfficialEntryDraft> drafts = new ArrayList<>();
            seed.forEach(entry -> drafts.add(YAML.convertValue(entry, OfficialEntryDraft.class)));
            RegistrySnapshot registry = RegistrySnapshot.of(drafts);
            return Verifier.on(() -> registry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + applicationYml, e);
        }
    }
}
