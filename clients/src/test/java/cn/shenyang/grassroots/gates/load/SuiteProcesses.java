package cn.shenyang.grassroots.gates.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes of a running suite on Linux, by what they are: each service JVM (a descendant of
 * the launcher, named by the module folder it runs in), the launcher itself, and PostgreSQL (the
 * postmaster named in pgdata/postmaster.pid and its children). Memory is read from
 * /proc/&lt;pid&gt;/smaps_rollup as PSS, so PostgreSQL's shared buffers count once, not once per backend.
 */
final class SuiteProcesses {
    private final ProcessHandle launcher;
    private final Path pgdata;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private volatile long peakTotalKb;

    SuiteProcesses(ProcessHandle launcher, Path pgdata) {
        this.launcher = launcher;
        this.pgdata = pgdata;
    }

    /** The service JVM running from {@code module}'s folder. */
    ProcessHandle service(String module) {
        ProcessHandle p = serviceOrNull(module);
        if (p == null) {
            throw new IllegalStateException("no process of " + module);
        }
        return p;
    }

    /** Same, or null while there is none (between a crash and the launcher's restart). */
    ProcessHandle serviceOrNull(String module) {
        return launcher.descendants().filter(p -> p.isAlive() && module.equals(moduleOf(p).orElse(null))).findFirst()
                .orElse(null);
    }

    /** The postmaster's pid. */
    long postmaster() throws IOException {
        return Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).strip());
    }

    /**
     * After the suite stopped: a postmaster that the fault script started again is no child of the
     * launcher's, so the launcher cannot stop it; it is asked to shut down here.
     */
    void stopRestartedPostgres() {
        try {
            ProcessHandle.of(postmaster()).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        } catch (IOException | RuntimeException e) {
            // stopped already: postmaster.pid is gone
        }
    }

    /** PSS in KiB now, by group (a module, "launcher", "postgresql"). */
    Map<String, Long> pssKb() {
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("launcher", pss(launcher.pid()));
        launcher.descendants().forEach(p -> moduleOf(p).ifPresent(m -> groups.merge(m, pss(p.pid()), Long::sum)));
        try {
            long postmaster = postmaster();
            long sum = pss(postmaster);
            sum += ProcessHandle.of(postmaster).map(p -> p.children().mapToLong(c -> pss(c.pid())).sum()).orElse(0L);
            groups.put("postgresql", sum);
        } catch (IOException | RuntimeException e) {
            groups.put("postgresql", 0L); // restarting
        }
        return groups;
    }

    /**
     * CPU time used so far, in clock ticks (1/100 s), by group: each service JVM (all its threads),
     * the launcher, and PostgreSQL (the postmaster, its live children, and the children it has
     * reaped, which the kernel adds to the postmaster's own account).
     */
    Map<String, Long> cpuTicks() {
        Map<String, Long> groups = new LinkedHashMap<>();
        launcher.descendants().forEach(p -> moduleOf(p).ifPresent(m -> groups.merge(m, ticks(p.pid(), false), Long::sum)));
        try {
            long postmaster = postmaster();
            long sum = ticks(postmaster, true);
            sum += ProcessHandle.of(postmaster).map(p -> p.children().mapToLong(c -> ticks(c.pid(), false)).sum()).orElse(0L);
            groups.put("postgresql", sum);
        } catch (IOException | RuntimeException e) {
            groups.put("postgresql", 0L); // restarting
        }
        return groups;
    }

    /** Takes one sample into the peaks. */
    void sample() {
        Map<String, Long> now = pssKb();
        now.forEach((group, kb) -> peakKb.merge(group, kb, Math::max));
        peakTotalKb = Math.max(peakTotalKb, now.values().stream().mapToLong(Long::longValue).sum());
    }

    /** A thread that samples every second until interrupted. */
    Thread sampleEverySecond() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    String peaks() {
        StringBuilder out = new StringBuilder(String.format("%nPeak memory (PSS, sampled every second)%n"));
        peakKb.forEach((group, kb) -> out.append(String.format("  %-24s %,8d MiB%n", group, kb / 1024)));
        out.append(String.format("  %-24s %,8d MiB (the largest sum of one sample; target <= 1,536 MiB)%n", "whole suite",
                peakTotalKb / 1024));
        return out.toString();
    }

    long peakTotalMiB() {
        return peakTotalKb / 1024;
    }

    private static Optional<String> moduleOf(ProcessHandle p) {
        try {
            // a service runs in <root>/<module>/target/quarkus-app
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd"));
            return cwd.endsWith(Path.of("target", "quarkus-app")) ? Optional.of(cwd.getParent().getParent().getFileName()
                    .toString()) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** utime + stime of /proc/<pid>/stat (fields 14 and 15), and with {@code reaped} cutime + cstime (16, 17). */
    private static long ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the name (field 2) may hold spaces; the fields after it start past its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return reaped ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (IOException | RuntimeException e) {
            return 0; // gone between listing and reading
        }
    }

    private static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone between listing and reading
        }
        return 0;
    }
}
