package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Document;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clients generated from the merged document (the Java one compiled with this module, the
 * TypeScript one compiled by {@code tsc --strict} in .ci/run) offer one well-named method per
 * operation: a verb and the resource, in camelCase, unique and stable, as a client author expects.
 */
class GeneratedClientsTest {
    /** Verbs an operationId may start with; a new one is a deliberate decision, made here. */
    static final Set<String> VERBS = Set.of("list", "get", "create", "update", "delete", "perform", "issue", "move",
            "dissolve", "import", "export", "record", "file", "settle", "set", "reset", "rotate", "compute", "count",
            "check", "confirm", "rate", "dispatch", "resolve", "reopen", "escalate", "assign", "close", "claim",
            "submit", "approve", "reject", "sync", "add", "cancel", "raise", "revoke");
    static final Pattern VERB_NOUN = Pattern.compile("([a-z]+)((?:[A-Z][a-z0-9]+)+)");
    /** Java and TypeScript keywords or helper names a generator would mangle. */
    static final Set<String> RESERVED = Set.of("delete", "import", "export", "default", "new", "class");

    @Test
    void theMergeHadNothingToRenameAndNoServiceIsMissing() {
        assertFalse(Document.get().root.has("x-merge-conflicts"),
                "operationIds or schemas that clash between services: " + Document.get().root.path("x-merge-conflicts"));
        assertFalse(Document.get().root.has("x-missing-services"),
                "the document was taken before every service answered: " + Document.get().root.path("x-missing-services"));
    }

    @Test
    void everyOperationIdIsAVerbAndItsResourceAndUnique() {
        List<String> bad = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Document.Operation op : Document.get().operations()) {
            var m = VERB_NOUN.matcher(op.id());
            if (!m.matches() || !VERBS.contains(m.group(1)) || RESERVED.contains(op.id())) {
                bad.add(op + " is " + (op.id().isEmpty() ? "missing its operationId" : "'" + op.id() + "'"));
            }
            if (!seen.add(op.id())) {
                bad.add(op + ": operationId " + op.id() + " twice");
            }
        }
        assertTrue(Document.get().operations().size() > 50, "the document lists every service's operations");
        assertEquals(List.of(), bad, "operationIds must be verb + resource (" + VERBS + ")");
    }

    @Test
    void theJavaClientHasOneMethodPerOperationNamedByItsOperationId() throws Exception {
        Set<String> methods = new TreeSet<>();
        for (String api : generatedJavaApis()) {
            for (Method m : Class.forName("cn.shenyang.grassroots.client.api." + api).getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    methods.add(m.getName());
                }
            }
        }
        List<String> missing = Document.get().operations().stream().map(Document.Operation::id)
                .filter(id -> !methods.contains(id)).toList();
        assertEquals(List.of(), missing, "operations without a Java client method of that name");
        assertTrue(methods.contains("listOrgUnits") && methods.contains("performReserveCadreAction"), methods.toString());
    }

    @Test
    void theTypeScriptClientHasOneMethodPerOperationNamedByItsOperationId() throws IOException {
        Path apis = Path.of(System.getProperty("typescript.client", "target/generated-sources/typescript-client"), "apis");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(apis)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ts")).toList()) {
                all.append(Files.readString(f));
            }
        }
        List<String> missing = Document.get().operations().stream().map(Document.Operation::id)
                .filter(id -> !all.toString().contains("async " + id + "(")).toList();
        assertEquals(List.of(), missing, "operations without a TypeScript client method of that name");
    }

    @Test
    void noSchemaNameIsANearDuplicateOfAnother() {
        List<String> names = new ArrayList<>();
        Document.get().root.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        List<String> near = new ArrayList<>();
        for (String a : names) {
            for (String b : names) {
                if (a.compareTo(b) < 0 && (a + "s").equals(b)) {
                    near.add(a + "/" + b);
                }
            }
        }
        List<String> known = KnownFindings.of("schema-names");
        List<String> bare = names.stream().filter(n -> n.matches("[A-Z][a-z]+") && !WORDS_OF_THEIR_OWN.contains(n))
                .map(n -> n + " (one bare word)").toList();
        List<String> found = new ArrayList<>(near);
        found.addAll(bare);
        KnownFindings.assertOnlyKnown("schema-names", found, known);
    }

    /** Single-word schema names that say what they are on their own. */
    static final Set<String> WORDS_OF_THEIR_OWN = Set.of("Account", "Problem", "Violation", "Mentorship", "Role",
            "Committee", "Education", "Gender", "Cooperative", "Rectification", "Volunteer", "Opinion",
            "Representative", "Whistle", "Department", "Pairing", "Assessment");

    private static List<String> generatedJavaApis() throws IOException {
        Path dir = Path.of("target/generated-sources/java-client/src/main/java/cn/shenyang/grassroots/client/api");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Api.java"))
                    .map(n -> n.substring(0, n.length() - 5)).toList();
        }
    }
}
