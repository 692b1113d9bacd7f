package io.switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A whole application in a child JVM, for the tests that need what no test inside the JVM can do:
 * {@code kill -9} ({@link #kill9()}) and SIGTERM ({@link #terminate()}). It runs on the test's own
 * classpath on a free port of 127.0.0.1, with its console output in a log file.
 */
public final class ChildApplication implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} with {@code --server.port} and {@code arguments}; its standard output
     * and error go to {@code log}, appended, so a restart on the same file keeps the first run's lines.
     */
    public static ChildApplication start(String mainClass, Path log, List<String> arguments) {
        // C1 only: on a 2-core machine C2's compiler threads took half of the start's CPU, and a
        // test's burst of a few hundred requests never runs long enough to pay that back.
        return start(mainClass, log, List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), arguments);
    }

    /**
     * As {@link #start(String, Path, List)}, with the JVM's own options {@code jvmOptions} instead of the
     * tests' (the bench measures the JVM's defaults: none).
     */
    public static ChildApplication start(String mainClass, Path log, List<String> jvmOptions, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(), mainClass, "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ChildApplication(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + mainClass, e);
        }
    }

    /** The child's process id, for {@code jcmd} and {@code /proc/<pid>/status}. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /actuator/health} answers 200; fails at once if the child exited. */
    public void waitUntilReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + " before it "
                        + "was ready; its log: " + log);
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting: the server answered nothing usable yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application was not ready within " + timeout + "; its log: " + log);
    }

    /** {@code kill -9}: the process ends at once, without running any shutdown hook. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the application did not die on SIGKILL");
        }
    }

    /** SIGTERM, as a service manager stops the application; returns its exit code once it ended. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the application did not stop within " + STOP_TIMEOUT + " of SIGTERM");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /**
     * The log lines at level ERROR. Spring Boot's console format puts the level after the
     * timestamp: {@code 2025-11-20T10:00:00.000Z ERROR 4242 --- [app] [main] ...}.
     */
    public List<String> errorLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> {
                        String[] fields = line.trim().split("\\s+", 3);
                        return fields.length > 1 && fields[1].equals("ERROR");
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the child if a test left it running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }

    /**
     * The test's classpath: surefire names it in {@code surefire.test.class.path} (its own
     * {@code java.class.path} may be just a manifest-only booter jar); elsewhere (an IDE) the JVM's own.
     */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
