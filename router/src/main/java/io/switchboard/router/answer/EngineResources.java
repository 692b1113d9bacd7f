package io.switchboard.router.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.router.answer.IntentSignals.Signal;
import io.switchboard.text.TermReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's language data, read once from the classpath: the text module's analysis rules
 * (synonyms, misspellings, stop words), and from {@code knowledge/} the intent signals, the
 * fitted confidence model, the question gate and the topic model.
 */
record EngineResources(TermReader reader, IntentSignals signals, ConfidenceModel model, QuestionGate gate,
        TopicModel topics) {

    static final String FOLDER = "knowledge/";

    static EngineResources load() {
        return new EngineResources(TermReader.load(), signals(read("signals.yml")),
                ConfidenceModel.parse(read("confidence-model.properties")), QuestionGate.parse(read(QuestionGate.FILE)),
                TopicModel.parse(read(TopicModel.FILE)));
    }

    /** The same language data with other fitted models: for fitting and cross-validating them. */
    EngineResources with(ConfidenceModel otherModel, QuestionGate otherGate, TopicModel otherTopics) {
        return new EngineResources(reader, signals, otherModel, otherGate, otherTopics);
    }

    private static IntentSignals signals(String yaml) {
        try {
            Map<String, List<String>> lists = new YAMLMapper().readValue(yaml, new TypeReference<>() { });
            Map<Signal, List<String>> bySignal = new EnumMap<>(Signal.class);
            lists.forEach((name, entries) -> bySignal.put(Signal.valueOf(name.toUpperCase(Locale.ROOT)), entries));
            return new IntentSignals(bySignal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + "signals.yml", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FOLDER + "signals.yml: " + e.getMessage(), e);
        }
    }

    static String read(String name) {
        try (InputStream in = EngineResources.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + FOLDER + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
