package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Findings the gates know of and that only a service can fix, listed in
 * {@code clients/known-findings.txt} as {@code gate | finding | who fixes it, and how}. A gate
 * fails on any finding that is not listed, and on a listed one that no longer occurs (so the list
 * shrinks as services are fixed and cannot hide a regression).
 */
final class KnownFindings {
    private KnownFindings() {}

    static List<String> of(String gate) {
        try {
            List<String> known = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("known-findings.txt"))) {
                String[] parts = line.split("\\s*\\|\\s*");
                if (!line.isBlank() && !line.startsWith("#") && parts.length >= 2 && parts[0].strip().equals(gate)) {
                    known.add(parts[1].strip());
                }
            }
            return known;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertOnlyKnown(String gate, List<String> found, List<String> known) {
        TreeSet<String> unknown = new TreeSet<>(found);
        known.forEach(unknown::remove);
        TreeSet<String> fixed = new TreeSet<>(known);
        found.forEach(fixed::remove);
        if (!found.isEmpty()) {
            System.out.println("[" + gate + "] " + (found.size() - unknown.size()) + " known finding(s) still open: "
                    + new TreeSet<>(found));
        }
        if (!unknown.isEmpty() || !fixed.isEmpty()) {
            fail("[" + gate + "] " + (unknown.isEmpty() ? "" : "new findings: " + unknown + "\n")
                    + (fixed.isEmpty() ? "" : "listed in known-findings.txt but no longer found (remove them): " + fixed));
        }
    }
}
