package cn.shenyang.grassroots.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Quarkus runnable jar in its own JVM, as production runs it, stopped cleanly after the test. */
public final class JarProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    public final String url;
    /** Where /q/health is: the main port, or the management port of an app that keeps it off the public one. */
    private final List<String> healthUrls;

    private JarProcess(Process process, Path log, String url, List<String> healthUrls) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.healthUrls = healthUrls;
    }

    /** Starts {@code jar} on {@code port} with these system properties and environment, and waits for readiness. */
    public static JarProcess start(Path jar, int port, Map<String, String> properties, Map<String, String> env,
            Path log, Duration startup) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing; build it first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        int managementPort = freePort();
        command.add("-Dquarkus.management.port=" + managementPort);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (Boolean.getBoolean("bench.jfr")) { // a profile of each process beside its log, for the benchmark notes
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + log.resolveSibling(log.getFileName() + ".jfr"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            String url = "http://127.0.0.1:" + port;
            JarProcess p = new JarProcess(builder.start(), log, url,
                    List.of(url, "http://127.0.0.1:" + managementPort));
            p.awaitReady(startup);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration startup) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(startup);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(log.getFileName() + ": the process exited; see " + log.toAbsolutePath());
                }
                for (String health : healthUrls) {
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(health + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            return;
                        }
                    } catch (IOException notListeningYet) {
                        // keep waiting
                    }
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new IllegalStateException(log.getFileName() + ": not ready within " + startup + "; see " + log.toAbsolutePath());
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
