package cn.shenyang.grassroots.orgstructure.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time spent by this JVM (benchmark client and service together) and by the PostgreSQL
 * server (its postmaster and every process under it, read from /proc: Linux only). On a machine
 * other builds share, wall-clock rates fall with their load; CPU seconds per row do not, so each
 * figure is printed both ways.
 */
final class CpuClock {
    /** Clock ticks per second of /proc's times (USER_HZ). */
    private static final double TICKS = 100.0;

    record Reading(long wallNanos, long jvmNanos, long postgresTicks) {}

    /** What happened between two readings. */
    record Spent(double wallSeconds, double jvmSeconds, double postgresSeconds) {
        double cpuSeconds() {
            return jvmSeconds + postgresSeconds;
        }

        String describe(int units) {
            return String.format("wall %.1f s; CPU %.1f s = JVM %.1f + PostgreSQL %.1f; %,.0f per CPU-second",
                    wallSeconds, cpuSeconds(), jvmSeconds, postgresSeconds, units / cpuSeconds());
        }
    }

    private final long postmaster;

    CpuClock(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
            rs.next();
            postmaster = Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
        }
    }

    Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] times = times(p);
                if (times == null) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == postmaster) {
                    ticks += times[1] + times[2] + times[3] + times[4]; // its own, and its exited children's
                } else if (times[0] == postmaster) {
                    ticks += times[1] + times[2];
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return new Reading(System.nanoTime(), jvm, ticks);
    }

    static Spent between(Reading a, Reading b) {
        return new Spent((b.wallNanos() - a.wallNanos()) / 1e9, (b.jvmNanos() - a.jvmNanos()) / 1e9,
                (b.postgresTicks() - a.postgresTicks()) / TICKS);
    }

    /** ppid, utime, stime, cutime, cstime; null for a process that went away. */
    private static long[] times(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (Exception e) {
            return null;
        }
    }
}
