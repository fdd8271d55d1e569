package cn.shenyang.grassroots.gates.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole suite, started once per test JVM exactly as {@code ./suite} starts it (the launcher:
 * embedded PostgreSQL with its data under target/, every built service as its own JVM, the demo
 * data), on free ports, and stopped when the JVM ends.
 */
public final class RunningSuite {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "gates-admin-password";
    private static final Pattern API = Pattern.compile("API \\(one base URL\\)\\s+(http://\\S+)/api/v1");
    private static final Pattern SERVICE = Pattern.compile("^  (\\S+)\\s+(http://localhost:\\d+)   metrics (http://localhost:\\d+)/q/metrics");
    private static RunningSuite instance;

    private final Process process;
    private final String baseUrl;
    private final Map<String, String> serviceUrls;
    private final Map<String, String> managementUrls;
    private final Path home;

    private RunningSuite(Process process, String baseUrl, Map<String, String> serviceUrls,
            Map<String, String> managementUrls, Path home) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.serviceUrls = serviceUrls;
        this.managementUrls = managementUrls;
        this.home = home;
    }

    /** The gateway's base URL, e.g. http://localhost:28080. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Each module's own base URL, by module name (org-structure-service, …, gateway). */
    public Map<String, String> serviceUrls() {
        return serviceUrls;
    }

    /** Where each module answers /q/health and /q/metrics (the gateway's management port; the others' own). */
    public Map<String, String> managementUrls() {
        return managementUrls;
    }

    /** The launcher: its descendants are the service JVMs. */
    public ProcessHandle launcher() {
        return process.toHandle();
    }

    /** The suite's data folder (pgdata/, logs/). */
    public Path home() {
        return home;
    }

    public static synchronized RunningSuite get() {
        if (instance == null) {
            instance = start(Path.of(System.getProperty("suite.home", "target/suite")), Map.of());
        }
        return instance;
    }

    /** A suite of its own in {@code home} (emptied first), with more environment for the launcher and its services. */
    public static RunningSuite start(Path home, Map<String, String> environment) {
        RunningSuite started = launch(home.toAbsolutePath(), environment);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "suite-under-test-stop"));
        return started;
    }

    private static RunningSuite launch(Path home, Map<String, String> environment) {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path log = home.resolveSibling("suite-under-test.log");
        try {
            // a fresh suite every run, as on a clean checkout: records one run's hostile requests left must not steer the next
            deleteRecursively(home);
            String classpath = Files.readString(Path.of(System.getProperty("suite.classpath.file",
                    "target/suite.classpath"))).strip();
            // the launcher's JVM options, as ./suite gives them
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(List.of(Files.readString(root.resolve("launcher/jvm.options")).strip().split("\\s+")));
            command.addAll(List.of("-cp", classpath, "cn.shenyang.grassroots.launcher.SuiteLauncher"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().put("SUITE_HOME", home.toString());
            builder.environment().put("SUITE_PORT_OFFSET", "auto");
            builder.environment().put("SUITE_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // the gates send thousands of requests as one admin; the limit itself is tested with its own caller
            builder.environment().put("GRASSROOTS_RATE_LIMIT_ROLES_ADMIN", "1000000");
            builder.environment().putAll(environment);
            Process process = builder.start();
            // the reader stays open: once the suite is ready, a thread of its own keeps copying the output
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            String baseUrl = null;
            Map<String, String> services = new LinkedHashMap<>();
            Map<String, String> management = new LinkedHashMap<>();
            try (PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
                    copy.println(line);
                    copy.flush();
                    Matcher m = API.matcher(line);
                    if (m.find()) {
                        baseUrl = m.group(1);
                    }
                    Matcher service = SERVICE.matcher(line);
                    if (service.find()) {
                        services.put(service.group(1), service.group(2));
                        management.put(service.group(1), service.group(3));
                    }
                    if (line.startsWith("Press Ctrl-C") && baseUrl != null) {
                        break;
                    }
                }
            }
            if (baseUrl != null && process.isAlive()) {
                drain(out, log);
                return new RunningSuite(process, baseUrl, Map.copyOf(services), Map.copyOf(management), home);
            }
            process.destroy();
            throw new IllegalStateException("The suite did not get ready; see " + log + " and " + home.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps copying what the launcher prints (a service that stops says so there). */
    private static void drain(BufferedReader out, Path log) {
        Thread t = new Thread(() -> {
            try (out; PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log,
                    java.nio.file.StandardOpenOption.APPEND))) {
                String line;
                while ((line = out.readLine()) != null) {
                    copy.println(line);
                    copy.flush();
                }
            } catch (IOException ignored) {
                // the launcher ended
            }
        }, "suite-output");
        t.setDaemon(true);
        t.start();
    }

    /** SIGTERM: the launcher stops the services, then PostgreSQL, as on Ctrl-C. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
