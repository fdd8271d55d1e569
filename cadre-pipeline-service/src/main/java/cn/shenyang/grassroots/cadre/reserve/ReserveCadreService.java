package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rules of the reserve-cadre workflow and outcomes; the only writer of {@link ReserveCadre}. */
@ApplicationScoped
public class ReserveCadreService {
    private static final Set<Stage> EXITS = Set.of(Stage.REJECTED, Stage.WITHDRAWN, Stage.REMOVED);

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    SelectionRules rules;

    @Inject
    Event<CadreLeftPool> leftPool;

    @Inject
    PublicityWindows windows;

    @Transactional
    public ReserveCadre create(ReserveCadreRequests.CreateReserveCadre r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        requireValidIdNumber(r.idNumber());
        requireNoLiveCandidacy(r.idNumber(), null);
        LocalDate recommendedOn = r.recommendedOn() == null ? today.date() : r.recommendedOn();
        if (recommendedOn.isAfter(today.date())) {
            throw ProblemException.invalid("recommendedOn", "must not be in the future");
        }
        ReserveCadre c = new ReserveCadre();
        c.id = UUID.randomUUID();
        c.name = r.name().strip();
        c.gender = r.gender();
        c.birthDate = r.birthDate();
        c.idNumber = r.idNumber();
        c.phone = r.phone();
        c.education = r.education();
        c.partyStatus = r.partyStatus();
        c.villageId = r.villageId();
        c.source = r.source();
        c.channel = r.channel();
        c.recommendedOn = recommendedOn;
        c.cohortYear = recommendedOn.getYear();
        c.stage = Stage.RECOMMENDED;
        c.stageSince = now();
        c.created(caller.name(), clock);
        // flushed here so a concurrent duplicate fails as a unique violation (409), not at commit
        c.persistAndFlush();
        append(c, Stage.Action.RECOMMEND, null, Stage.RECOMMENDED, r.reason(), r.evidenceRef());
        return c;
    }

    @Transactional
    public ReserveCadre update(UUID id, String ifMatch, ReserveCadreRequests.UpdateReserveCadre r) {
        ReserveCadre c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        if (!r.villageId().equals(c.villageId)) {
            orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        }
        requireValidIdNumber(r.idNumber());
        if (!EXITS.contains(c.stage)) {
            requireNoLiveCandidacy(r.idNumber(), c.id);
        }
        c.name = r.name().strip();
        c.gender = r.gender();
        c.birthDate = r.birthDate();
        c.idNumber = r.idNumber();
        c.phone = r.phone();
        c.education = r.education();
        c.villageId = r.villageId();
        c.source = r.source();
        c.channel = r.channel();
        c.touched(caller.name(), clock);
        ReserveCadre.flush();
        return c;
    }

    /** One workflow step: the table decides whether it is allowed, the rules whether it can happen now. */
    @Transactional
    public ReserveCadre perform(UUID id, String ifMatch, ReserveCadreRequests.PerformAction r) {
        ReserveCadre c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = c.stage.refusal(r.action(), roles());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        Stage.Transition t = c.stage.transition(r.action()).orElseThrow();
        String blocked = blockedBy(c, r.action());
        if (blocked != null) {
            throw ProblemException.invalidTransition(r.action() + " is not possible yet: " + blocked);
        }
        switch (r.action()) {
            case QUALIFY -> qualify(c, r);
            case NOMINATE -> nominate(c, r);
            case INSPECT -> inspect(c, r);
            case PUBLICIZE -> publicize(c, r);
            case REJECT, WITHDRAW, REMOVE -> requireReason(r);
            default -> { }
        }
        c.stage = t.to();
        c.stageSince = now();
        c.touched(caller.name(), clock);
        append(c, r.action(), t.from(), t.to(), r.reason(), r.evidenceRef());
        if (t.to() == Stage.REMOVED) {
            leftPool.fire(new CadreLeftPool(c.id, today.date()));
        }
        return c;
    }

    /** What the table offers the caller in the cadre's stage, each with the rule that holds it back, if any. */
    public ReserveCadreView.AllowedActions allowedActions(UUID id) {
        ReserveCadre c = require(id);
        Set<String> roles = roles();
        List<ReserveCadreView.AllowedAction> actions = new ArrayList<>();
        for (Stage.Transition t : c.stage.transitions().values()) {
            if (c.stage.refusal(t.action(), roles) == null) {
                String blocked = blockedBy(c, t.action());
                actions.add(new ReserveCadreView.AllowedAction(t.action(), t.to(), blocked == null, blocked));
            }
        }
        return new ReserveCadreView.AllowedActions(c.id, c.stage, c.version, actions);
    }

    /** Rules that depend only on the cadre's data and the date; null when nothing holds the action back. */
    String blockedBy(ReserveCadre c, Stage.Action action) {
        LocalDate day = today.date();
        if (action == Stage.Action.QUALIFY) {
            List<String> failures = rules.forYear(c.cohortYear).failures(c.birthDate, c.education, List.of(), day);
            return failures.isEmpty() ? null : "not eligible under the " + c.cohortYear + " rules: "
                    + String.join("; ", failures);
        }
        if (action == Stage.Action.ADMIT) {
            if (!day.isAfter(c.publicityEndsOn)) {
                return "the publicity window runs until " + c.publicityEndsOn + "; admission is possible from the next day";
            }
            long upheld = Objection.count("cadreId = ?1 and status = ?2", c.id, ObjectionStatus.UPHELD);
            if (upheld > 0) {
                return upheld + " objection(s) were upheld; the candidate cannot be admitted (REJECT instead)";
            }
            long open = Objection.count("cadreId = ?1 and status = ?2", c.id, ObjectionStatus.OPEN);
            if (open > 0) {
                return open + " objection(s) filed during publicity are still open; settle them first";
            }
        }
        return null;
    }

    private void qualify(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        List<NegativeListItem> findings = r.negativeListFindings() == null ? List.of()
                : r.negativeListFindings().stream().distinct().toList();
        List<String> failures = rules.forYear(c.cohortYear).failures(c.birthDate, c.education, findings, today.date());
        if (!failures.isEmpty()) {
            throw ProblemException.invalidTransition("QUALIFY is not possible: not eligible under the "
                    + c.cohortYear + " rules: " + String.join("; ", failures));
        }
        c.negativeListFindings = findings.isEmpty() ? null
                : findings.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private void nominate(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        if (r.votesFor() == null) {
            throw ProblemException.invalid("votesFor", "is required for NOMINATE");
        }
        if (r.votesCast() == null) {
            throw ProblemException.invalid("votesCast", "is required for NOMINATE");
        }
        if (r.votesFor() > r.votesCast()) {
            throw ProblemException.invalid("votesFor", "cannot exceed votesCast (" + r.votesCast() + ")");
        }
        int percent = rules.nominationMajorityPercent();
        if ((long) r.votesFor() * 100 <= (long) r.votesCast() * percent) {
            throw ProblemException.invalidTransition("NOMINATE is not possible: " + r.votesFor() + " of "
                    + r.votesCast() + " votes is not more than " + percent + "% (REJECT instead)");
        }
        c.votesFor = r.votesFor();
        c.votesCast = r.votesCast();
    }

    private void inspect(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        if (r.inspectionReport() == null || r.inspectionReport().isBlank()) {
            throw ProblemException.invalid("inspectionReport", "is required for INSPECT");
        }
        if (r.writtenTestScore() == null) {
            throw ProblemException.invalid("writtenTestScore", "is required for INSPECT");
        }
        if (r.interviewScore() == null) {
            throw ProblemException.invalid("interviewScore", "is required for INSPECT");
        }
        List<String> failures = new ArrayList<>();
        if (r.writtenTestScore().doubleValue() < rules.writtenTestPassMark()) {
            failures.add("written-test score " + r.writtenTestScore() + " is below the pass mark " + rules.writtenTestPassMark());
        }
        if (r.interviewScore().doubleValue() < rules.interviewPassMark()) {
            failures.add("interview score " + r.interviewScore() + " is below the pass mark " + rules.interviewPassMark());
        }
        if (!failures.isEmpty()) {
            throw ProblemException.invalidTransition("INSPECT is not possible: " + String.join("; ", failures)
                    + " (REJECT instead)");
        }
        c.inspectionReport = r.inspectionReport().strip();
        c.writtenTestScore = r.writtenTestScore();
        c.interviewScore = r.interviewScore();
    }

    private void publicize(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        LocalDate start = r.publicityStartsOn() == null ? today.date() : r.publicityStartsOn();
        if (start.isBefore(today.date())) {
            throw ProblemException.invalid("publicityStartsOn", "must be today or later");
        }
        c.publicityStartsOn = start;
        c.publicityEndsOn = windows.endOfWindowFrom(start);
    }

    private static void requireReason(ReserveCadreRequests.PerformAction r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalid("reason", "is required for " + r.action());
        }
    }

    @Transactional
    public Objection fileObjection(UUID cadreId, ReserveCadreRequests.FileObjection r) {
        ReserveCadre c = require(cadreId);
        LocalDate day = today.date();
        if (c.stage != Stage.PUBLICIZED) {
            throw ProblemException.conflict("Objections are accepted only while a candidate is under publicity; "
                    + c.name + " is in stage " + c.stage);
        }
        if (day.isBefore(c.publicityStartsOn) || day.isAfter(c.publicityEndsOn)) {
            throw ProblemException.conflict("The publicity window runs from " + c.publicityStartsOn + " to "
                    + c.publicityEndsOn + "; objections are accepted only inside it");
        }
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.cadreId = c.id;
        o.filedOn = day;
        o.objector = r.objector() == null || r.objector().isBlank() ? null : r.objector().strip();
        o.summary = r.summary().strip();
        o.status = ObjectionStatus.OPEN;
        o.created(caller.name(), clock);
        o.persist();
        return o;
    }

    @Transactional
    public Objection settleObjection(UUID cadreId, UUID objectionId, String ifMatch,
            ReserveCadreRequests.SettleObjection r) {
        require(cadreId);
        Objection o = requireObjection(cadreId, objectionId);
        Versions.requireMatch(ifMatch, o.version);
        if (r.outcome() == ObjectionStatus.OPEN) {
            throw ProblemException.invalid("outcome", "must be UPHELD or DISMISSED");
        }
        if (o.status != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("This objection was already settled as " + o.status + " on " + o.settledOn);
        }
        o.status = r.outcome();
        o.settlement = r.settlement().strip();
        o.settledOn = today.date();
        o.touched(caller.name(), clock);
        return o;
    }

    public Objection requireObjection(UUID cadreId, UUID objectionId) {
        Objection o = Objection.findById(objectionId);
        if (o == null || !o.cadreId.equals(cadreId)) {
            throw ProblemException.notFound("Objection", objectionId);
        }
        return o;
    }

    /** The next step into the Party, in order and with dates that never go backwards. */
    @Transactional
    public ReserveCadre recordPartyStep(UUID id, String ifMatch, ReserveCadreRequests.RecordPartyStep r) {
        ReserveCadre c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        requireInReserve(c, "Party-admission steps");
        if (r.step() == PartyStatus.NONE) {
            throw ProblemException.invalid("step", "must be ACTIVIST, PROBATIONARY or MEMBER");
        }
        if (r.on().isAfter(today.date())) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        if (c.partyStatus == PartyStatus.MEMBER) {
            throw ProblemException.conflict(c.name + " is already a Party member");
        }
        PartyStatus next = PartyStatus.values()[c.partyStatus.ordinal() + 1];
        if (r.step() != next) {
            throw ProblemException.conflict("The next step for " + c.name + " (now " + c.partyStatus + ") is "
                    + next + ", not " + r.step());
        }
        LocalDate previous = c.partyStatus == PartyStatus.ACTIVIST ? c.activistOn
                : c.partyStatus == PartyStatus.PROBATIONARY ? c.probationaryOn : null;
        if (previous != null && r.on().isBefore(previous)) {
            throw ProblemException.invalid("on", "must not be before the previous step (" + previous + ")");
        }
        switch (r.step()) {
            case ACTIVIST -> c.activistOn = r.on();
            case PROBATIONARY -> c.probationaryOn = r.on();
            case MEMBER -> {
                c.memberOn = r.on();
                // a member no longer needs the "recommend for admission" preference
                c.preferPartyAdmission = false;
            }
            default -> { }
        }
        c.partyStatus = r.step();
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public ReserveCadre recordElection(UUID id, String ifMatch, ReserveCadreRequests.RecordElection r) {
        ReserveCadre c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        requireInReserve(c, "Elections");
        if (r.electedOn().isAfter(today.date())) {
            throw ProblemException.invalid("electedOn", "must not be in the future");
        }
        c.electedCommittee = r.committee();
        c.electedOn = r.electedOn();
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public ReserveCadre setDoubleExcellent(UUID id, String ifMatch, ReserveCadreRequests.SetDoubleExcellent r) {
        ReserveCadre c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        requireInReserve(c, "Double-excellent flags");
        if (r.preferPartyAdmission()
                && (c.partyStatus == PartyStatus.PROBATIONARY || c.partyStatus == PartyStatus.MEMBER)) {
            throw ProblemException.conflict("Priority for Party admission is only for non-members; " + c.name
                    + " is already " + c.partyStatus);
        }
        c.preferPartyAdmission = r.preferPartyAdmission();
        c.preferNomination = r.preferNomination();
        c.doubleExcellentNote = r.note();
        c.touched(caller.name(), clock);
        return c;
    }

    /** The cadre, or 404 when it does not exist or its village lies outside the caller's subtree. */
    public ReserveCadre require(UUID id) {
        ReserveCadre c = ReserveCadre.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Reserve cadre", id);
        }
        orgUnits.requireCovers(c.villageId, "Reserve cadre", id);
        return c;
    }

    /** True when the cadre exists and lies inside the caller's subtree (for records that hang on a cadre). */
    public boolean visible(UUID id) {
        ReserveCadre c = ReserveCadre.findById(id);
        return c != null && caller.covers(orgUnits.pathOf(c.villageId));
    }

    /** A cadre named in a request body: 400 naming {@code field} when unknown or outside the caller's subtree. */
    public ReserveCadre requireField(UUID id, String field) {
        ReserveCadre c = ReserveCadre.findById(id);
        if (c == null || !caller.covers(orgUnits.pathOf(c.villageId))) {
            throw ProblemException.invalid(field, "no reserve cadre " + id + " exists");
        }
        return c;
    }

    /** The same, and the cadre must be in the reserve pool (training, mentoring and practice are for them). */
    public ReserveCadre requireInReserveField(UUID id, String field, String what) {
        ReserveCadre c = requireField(id, field);
        requireInReserve(c, what);
        return c;
    }

    private void requireInReserve(ReserveCadre c, String what) {
        if (c.stage != Stage.IN_RESERVE) {
            throw ProblemException.conflict(what + " are recorded for cadres in the reserve pool; " + c.name
                    + " is in stage " + c.stage);
        }
    }

    private static void requireValidIdNumber(String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalid("idNumber", "the check digit does not match");
        }
    }

    private void requireNoLiveCandidacy(String idNumber, UUID self) {
        long clashes = ReserveCadre.count("idNumber = ?1 and stage not in ?2 and id <> ?3", idNumber, EXITS,
                self == null ? new UUID(0, 0) : self);
        if (clashes > 0) {
            throw ProblemException.conflict("A live candidacy with this ID number already exists");
        }
    }

    private void append(ReserveCadre c, Stage.Action action, Stage from, Stage to, String reason, String evidenceRef) {
        CadreTransition t = new CadreTransition();
        t.id = UUID.randomUUID();
        t.cadreId = c.id;
        t.action = action;
        t.fromStage = from;
        t.toStage = to;
        t.actor = caller.name();
        t.occurredAt = now();
        t.occurredOn = today.date();
        t.reason = reason == null || reason.isBlank() ? null : reason.strip();
        t.evidenceRef = evidenceRef;
        t.persist();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}
