package cn.shenyang.grassroots.gates.load;

import cn.shenyang.grassroots.gates.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault script, run while a load runs beside it: each fault, then the wait until the suite
 * has recovered by itself, with how long that took.
 */
final class Faults {
    static final Duration RECOVERY = Duration.ofMinutes(3);
    /** The three services that keep a replica of the org units, and a read that needs the unit in it. */
    static final Map<String, String> REPLICA_READS = Map.of(
            "volunteer-service", "/volunteer-stats?year=2020&orgUnitId=",
            "cadre-pipeline-service", "/reserve-cadre-stats?year=2020&orgUnitId=",
            "rural-industry-service", "/collective-income-stats?year=2020&orgUnitId=");

    private final LoadAndFaultsRun run;
    private final SuiteProcesses processes;
    private final LoadAndFaultsRun.Demo demo;
    private final StringBuilder log = new StringBuilder(String.format("%nFaults%n"));
    private final Instant started = Instant.now();
    private boolean replicasCaughtUp;

    Faults(LoadAndFaultsRun run, SuiteProcesses processes, LoadAndFaultsRun.Demo demo) {
        this.run = run;
        this.processes = processes;
        this.demo = demo;
    }

    void run() throws Exception {
        Thread.sleep(10_000);

        // 1. a service dies without a chance to clean up; the launcher starts it again
        ProcessHandle cadre = processes.service("cadre-pipeline-service");
        note("SIGKILL cadre-pipeline-service (pid %d)", cadre.pid());
        cadre.destroyForcibly();
        Instant t = Instant.now();
        awaitReady("cadre-pipeline-service", cadre.pid());
        note("cadre-pipeline-service ready again after %.1f s (started by the launcher)", LoadAndFaultsRun.seconds(t));
        Thread.sleep(10_000);

        // 2. PostgreSQL restarts: fast shutdown (open transactions roll back, sessions are cut), then the
        // same command line again, in a user namespace of its own as the embedded server starts it (it
        // refuses to run as root)
        long postmaster = processes.postmaster();
        Path pgdata = run.suite().home().resolve("pgdata");
        List<String> command = new ArrayList<>(List.of("unshare", "-U"));
        command.addAll(arguments(Files.readString(pgdata.resolve("postmaster.opts"))));
        note("PostgreSQL restart: SIGINT (fast shutdown) to postmaster pid %d, then %s again", postmaster,
                Path.of(command.get(2)).getFileName());
        t = Instant.now();
        signal("INT", postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        note("PostgreSQL stopped after %.1f s", LoadAndFaultsRun.seconds(t));
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(run.suite().home().resolve("logs/postgres.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!acceptingConnections(pgdata) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        note("PostgreSQL accepting connections again %.1f s after the SIGINT (postmaster pid %d)",
                LoadAndFaultsRun.seconds(t), processes.postmaster());
        for (String module : run.suite().managementUrls().keySet()) {
            awaitReady(module, -1);
        }
        note("every service ready %.1f s after the restart began", LoadAndFaultsRun.seconds(t));
        Thread.sleep(10_000);

        // 3. org-structure stops answering for a minute (SIGSTOP: connections stay open, nothing comes back)
        String before = createVillage("停前村");
        ProcessHandle org = processes.service("org-structure-service");
        note("SIGSTOP org-structure-service (pid %d) for %d s; unit created just before: %s", org.pid(),
                LoadAndFaultsRun.PAUSE.toSeconds(), before);
        signal("STOP", org.pid());
        try {
            Thread.sleep(LoadAndFaultsRun.PAUSE.toMillis());
        } finally {
            signal("CONT", org.pid());
        }
        t = Instant.now();
        note("SIGCONT org-structure-service");
        awaitReady("org-structure-service", -1);
        String after = createVillage("复后村");
        note("org-structure-service ready after %.1f s; unit created after: %s", LoadAndFaultsRun.seconds(t), after);
        replicasCaughtUp = awaitReplicas(List.of(before, after), t);
        Thread.sleep(10_000);
    }

    /** Ready answers 200 again on the module's management URL (from a new process when {@code oldPid} is given). */
    private void awaitReady(String module, long oldPid) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (Instant.now().isBefore(deadline)) {
            ProcessHandle now = processes.serviceOrNull(module);
            boolean replaced = oldPid < 0 || now != null && now.pid() != oldPid;
            if (replaced && ready(module)) {
                return;
            }
            Thread.sleep(250);
        }
        note("%s NOT ready within %d s", module, RECOVERY.toSeconds());
    }

    private boolean ready(String module) {
        try {
            return Http.get(run.suite().managementUrls().get(module) + "/q/health/ready", null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    boolean allReady() {
        return run.suite().managementUrls().keySet().stream().allMatch(this::ready);
    }

    boolean replicasCaughtUp() {
        return replicasCaughtUp;
    }

    /** Each replica knows each unit (a read naming it answers 200, not 400). */
    private boolean awaitReplicas(List<String> units, Instant since) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        List<String> waiting = new ArrayList<>(REPLICA_READS.keySet());
        while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String module : List.copyOf(waiting)) {
                boolean known = units.stream().allMatch(u -> Http.get(run.api() + REPLICA_READS.get(module) + u,
                        run.token()).status() == 200);
                if (known) {
                    waiting.remove(module);
                    note("%s's replica has both units %.1f s after SIGCONT", module, LoadAndFaultsRun.seconds(since));
                }
            }
            Thread.sleep(250);
        }
        waiting.forEach(m -> note("%s's replica did NOT catch up within %d s", m, RECOVERY.toSeconds()));
        return waiting.isEmpty();
    }

    private String createVillage(String name) {
        String unique = name + (System.currentTimeMillis() % 1_000_000);
        Http.Answer a = Http.postJson(run.api() + "/org-units", run.token(), String.format(
                "{\"name\":\"%s\",\"level\":\"VILLAGE\",\"parentId\":\"%s\"}", unique, demo.township()));
        if (a.status() != 201) {
            throw new IllegalStateException("POST /org-units: " + a);
        }
        return a.json().path("id").asText();
    }

    /** The postmaster writes "ready" as the last line of postmaster.pid once it accepts connections. */
    private static boolean acceptingConnections(Path pgdata) {
        try {
            List<String> lines = Files.readAllLines(pgdata.resolve("postmaster.pid"));
            return !lines.isEmpty() && lines.get(lines.size() - 1).strip().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    /** postmaster.opts: the command line, each argument in double quotes after the program. */
    static List<String> arguments(String opts) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts.strip());
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return args;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        if (new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private void note(String format, Object... args) {
        String line = String.format("  %6.1f s  ", LoadAndFaultsRun.seconds(started)) + String.format(format, args);
        System.out.println(line);
        log.append(line).append('\n');
    }

    String log() {
        return log.toString();
    }
}
