package io.switchboard.eval.answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The eval commands' arguments: files first, then {@code --flag} and {@code --name=value} options. */
record CommandLine(List<String> files, Map<String, String> options) {

    /** Exits with the usage line when no file is given. */
    static CommandLine parse(String[] args, String usage) {
        List<String> files = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "" : arg.substring(equals + 1));
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        return new CommandLine(List.copyOf(files), Map.copyOf(options));
    }

    /** Every file's messages, in order. */
    List<LabeledMessage> messages() {
        List<LabeledMessage> messages = new ArrayList<>();
        files.forEach(file -> messages.addAll(LabeledMessage.readJsonLines(Path.of(file))));
        return messages;
    }

    List<String> fileNames() {
        return files.stream().map(file -> Path.of(file).getFileName().toString()).toList();
    }

    boolean has(String flag) {
        return options.containsKey(flag);
    }

    String value(String name) {
        return options.get(name);
    }

    double number(String name, double fallback) {
        String value = options.get(name);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
