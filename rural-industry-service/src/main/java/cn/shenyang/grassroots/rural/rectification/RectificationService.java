package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.support.Reach;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * Opening a case with its plan and problems (the township identifies weak-and-lax organisations
 * among its villages), changing the plan, adding and resolving problems and noting progress. A
 * change to a case's problems raises the case's version, so it races safely with a close-out.
 */
@ApplicationScoped
public class RectificationService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    @Inject
    RectificationLookup cases;

    @Transactional
    public Rectification create(RectificationRequests.CreateRectification r) {
        ReplicaUnit village = orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        requireReach(Reach.PARENT, village.path(), "Opening a case");
        LocalDate identifiedOn = today.dated(r.identifiedOn(), "identifiedOn", null, null);
        int year = identifiedOn.getYear();
        Rectification existing = Rectification.find("from Rectification c where c.villageId = ?1 and c.year = ?2",
                r.villageId(), year).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("The village's party organisation already has a case for " + year + " ("
                    + existing.id + "); add problems to it instead");
        }
        Rectification c = new Rectification();
        c.id = UUID.randomUUID();
        c.villageId = r.villageId();
        c.year = year;
        c.identifiedOn = identifiedOn;
        c.status = RectificationStatus.RECTIFYING;
        c.statusOn = identifiedOn;
        c.planSummary = r.planSummary().strip();
        fourOnes(c, r.fourOnes());
        c.created(caller.name(), clock);
        c.persistAndFlush();
        for (int i = 0; i < r.problems().size(); i++) {
            problem(c, r.problems().get(i), identifiedOn, "problems[" + i + "].raisedOn");
        }
        RectificationWorkflow.step(c, RectificationAction.OPEN, null, RectificationStatus.RECTIFYING, identifiedOn, null,
                null, caller.name(), clock);
        return c;
    }

    @Transactional
    public Rectification updatePlan(UUID id, String ifMatch, RectificationRequests.UpdatePlan r) {
        Rectification c = rectifying(id, ifMatch, "Its plan");
        c.planSummary = r.planSummary().strip();
        fourOnes(c, r.fourOnes());
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public Rectification addProblem(UUID id, String ifMatch, RectificationRequests.ProblemInput r) {
        Rectification c = rectifying(id, ifMatch, "Its problems");
        problem(c, r, today.date(), "raisedOn");
        touchedForce(c);
        return c;
    }

    @Transactional
    public Rectification resolveProblem(UUID id, UUID problemId, String ifMatch, RectificationRequests.ResolveProblem r) {
        Rectification c = cases.require(id);
        Versions.requireMatch(ifMatch, c.version);
        RectificationProblem p = RectificationProblem.findById(problemId);
        if (p == null || !p.rectificationId.equals(c.id)) {
            throw ProblemException.notFound("Problem", problemId);
        }
        requireReach(Reach.PARENT, orgUnits.pathOf(c.villageId), "Resolving a problem");
        if (p.resolvedOn != null) {
            throw ProblemException.conflict("The problem was already resolved on " + p.resolvedOn);
        }
        p.resolvedOn = today.dated(r.resolvedOn(), "resolvedOn", p.raisedOn, "the day the problem was raised");
        p.resolution = r.resolution().strip();
        touchedForce(c);
        return c;
    }

    @Transactional
    public RectificationNote addNote(UUID id, RectificationRequests.AddNote r) {
        Rectification c = cases.require(id);
        RectificationNote n = new RectificationNote();
        n.id = UUID.randomUUID();
        n.rectificationId = c.id;
        n.notedOn = today.dated(r.notedOn(), "notedOn", c.identifiedOn, "the day the case was identified");
        n.note = r.note().strip();
        n.recordedBy = caller.name();
        n.recordedAt = now();
        n.persist();
        return n;
    }

    /** The case, at the If-Match version, still being rectified, changed by a caller a level above the village. */
    private Rectification rectifying(UUID id, String ifMatch, String what) {
        Rectification c = cases.require(id);
        Versions.requireMatch(ifMatch, c.version);
        requireReach(Reach.PARENT, orgUnits.pathOf(c.villageId), "Changing a case");
        if (c.status != RectificationStatus.RECTIFYING) {
            throw ProblemException.invalidTransition(what + " cannot change: the case was closed out on " + c.statusOn
                    + "; REOPEN it first");
        }
        return c;
    }

    private void problem(Rectification c, RectificationRequests.ProblemInput r, LocalDate defaultDay, String field) {
        RectificationProblem p = new RectificationProblem();
        p.id = UUID.randomUUID();
        p.rectificationId = c.id;
        p.category = r.category();
        p.description = r.description().strip();
        p.countermeasure = r.countermeasure().strip();
        p.owner = r.owner().strip();
        p.raisedOn = today.dated(r.raisedOn() == null ? defaultDay : r.raisedOn(), field, c.identifiedOn,
                "the day the case was identified");
        p.recordedBy = caller.name();
        p.recordedAt = now();
        p.persist();
    }

    private static void fourOnes(Rectification c, RectificationRequests.FourOnesInput f) {
        c.cityLeaderAssignmentId = f == null ? null : f.cityLeaderAssignmentId();
        c.townshipLeaderAssignmentId = f == null ? null : f.townshipLeaderAssignmentId();
        c.firstSecretaryAssignmentId = f == null ? null : f.firstSecretaryAssignmentId();
        c.pairedAgencyAssignmentId = f == null ? null : f.pairedAgencyAssignmentId();
    }

    /** A new version even when nothing but the case's problems changed. */
    private void touchedForce(Rectification c) {
        c.touched(caller.name(), clock);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void requireReach(Reach reach, String path, String what) {
        String refusal = reach.refusal(caller, path, what);
        if (refusal != null) {
            throw ProblemException.forbidden(refusal);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
