package io.switchboard.bench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints a job's status every few seconds while it runs, so a long job is never silent. */
final class Progress implements AutoCloseable {

    private static final Duration EVERY = Duration.ofSeconds(2);

    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-progress");
        thread.setDaemon(true);
        return thread;
    });

    private Progress(String label, Supplier<String> status) {
        printer.scheduleAtFixedRate(() -> System.out.printf("  %s: %s%n", label, status.get()),
                EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Progress of(String label, Supplier<String> status) {
        return new Progress(label, status);
    }

    @Override
    public void close() {
        printer.shutdownNow();
    }
}
