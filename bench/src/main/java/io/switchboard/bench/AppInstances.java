package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.SwitchboardApplication;
import io.switchboard.testing.ApplicationSettings;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as users run it: each instance a JVM of its own with the JVM's default settings (no
 * {@code -Xmx}), Telegram in webhook mode against the fake Bot API in the bench's JVM, on one database.
 * A process of its own also gives the instance's resident memory, which an application inside the bench's
 * JVM cannot.
 */
final class AppInstances implements AutoCloseable {

    /** Generous: on a shared 2-core machine with other JVMs busy, a start took more than three minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quiet logs: the instances' lines go to their log files; warnings and errors still do. */
    private static final List<String> QUIET = List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN");

    private final FakeTelegramServer telegram;
    private final List<ChildApplication> instances;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppInstances(FakeTelegramServer telegram, List<ChildApplication> instances) {
        this.telegram = telegram;
        this.instances = instances;
    }

    /**
     * Starts {@code count} instances one after the other (the first migrates the database).
     *
     * @param logs the folder of the instances' log files
     * @param overrides the bench's {@code --name=value} application options, last so that they win
     */
    static AppInstances start(int count, OpenLoopTarget.Database database, Path logs, List<String> overrides)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        FakeTelegramServer telegram = FakeTelegramServer.start();
        List<ChildApplication> started = new ArrayList<>();
        AppInstances instances = new AppInstances(telegram, started);
        try {
            List<String> arguments = new ArrayList<>(List.of(ApplicationSettings.arguments(telegram, "webhook",
                    database.jdbcUrl())));
            arguments.addAll(database.arguments());
            arguments.addAll(QUIET);
            arguments.addAll(overrides);
            for (int i = 1; i <= count; i++) {
                ChildApplication child = ChildApplication.start(SwitchboardApplication.class.getName(),
                        logs.resolve("instance-" + i + ".log"), List.of(), arguments);
                started.add(child);
                long boot = System.nanoTime();
                try (Progress progress = Progress.of("instance " + i + "/" + count, () -> String.format(Locale.ROOT,
                        "starting, %.0f s", (System.nanoTime() - boot) / 1e9))) {
                    child.waitUntilReady(STARTUP);
                }
            }
            return instances;
        } catch (RuntimeException | InterruptedException e) {
            instances.close();
            throw e;
        }
    }

    List<URI> webhooks() {
        return instances.stream().map(child -> URI.create(child.baseUrl() + "/webhooks/telegram")).toList();
    }

    List<Path> logs() {
        return instances.stream().map(ChildApplication::log).toList();
    }

    Map<String, String> webhookHeaders() {
        return Map.of("X-Telegram-Bot-Api-Secret-Token", ApplicationSettings.WEBHOOK_SECRET);
    }

    /**
     * Stored events not through the intake yet, from the application's gauge {@code switchboard.intake.backlog}
     * (one query for all instances' database, refreshed every few seconds).
     */
    long backlog() throws IOException, InterruptedException {
        return (long) metric(instances.get(0), "switchboard.intake.backlog?tag=channel:telegram");
    }

    /** The first instance's heap in use, in bytes, after a full collection that {@code jcmd GC.run} asked for. */
    long heapAfterCollection() throws IOException, InterruptedException {
        ChildApplication first = instances.get(0);
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(first.pid()), "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + first.pid() + " GC.run failed");
        }
        return (long) metric(first, "jvm.memory.used?tag=area:heap");
    }

    /** The first instance's resident set (VmRSS of /proc/pid/status), in bytes. */
    long residentSetSize() throws IOException {
        long pid = instances.get(0).pid();
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .findFirst().orElseThrow(() -> new IllegalStateException("no VmRSS for process " + pid));
    }

    /** The value of an actuator metric, read as an admin (the metrics are for staff). */
    private double metric(ChildApplication instance, String nameAndTags) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ApplicationSettings.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl()
                + "/actuator/metrics/" + nameAndTags)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/actuator/metrics/" + nameAndTags + " answered " + response.statusCode());
        }
        JsonNode measurements = JSON.readTree(response.body()).path("measurements");
        return measurements.path(0).path("value").asDouble();
    }

    /** Stops every instance as a service manager does (SIGTERM), so that an H2 file is closed for the bench to read. */
    @Override
    public void close() throws InterruptedException {
        try {
            for (ChildApplication instance : instances) {
                if (instance.isAlive()) {
                    instance.terminate();
                }
            }
        } finally {
            for (ChildApplication instance : instances) {
                instance.close();
            }
            try {
                telegram.close();
            } catch (IOException e) {
                System.err.println("the fake Bot API did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
