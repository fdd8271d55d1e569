package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Member units, their duty reports and the two-way evaluation votes. */
@ApplicationScoped
public class MemberUnitService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    Clock clock;

    @Transactional
    public MemberUnit create(MemberUnitRequests.SaveMemberUnit r) {
        MemberUnit u = new MemberUnit();
        u.id = UnitIds.next();
        apply(u, r);
        u.created(caller.name(), clock);
        u.persist();
        return u;
    }

    @Transactional
    public MemberUnit update(UUID id, String ifMatch, MemberUnitRequests.SaveMemberUnit r) {
        MemberUnit u = require(id);
        Versions.requireMatch(ifMatch, u.version);
        apply(u, r);
        u.touched(caller.name(), clock);
        return u;
    }

    private void apply(MemberUnit u, MemberUnitRequests.SaveMemberUnit r) {
        OrgUnit subdistrict = units.visibleOrNull(r.subdistrictId());
        if (subdistrict == null) {
            throw ProblemException.invalid("subdistrictId", "no org unit " + r.subdistrictId() + " exists");
        }
        if (subdistrict.level.tier != Level.Tier.TOWNSHIP) {
            throw ProblemException.invalid("subdistrictId", "must be a sub-district or township; " + subdistrict.name
                    + " is a " + subdistrict.level);
        }
        requireNotFuture(r.joinedOn(), "joinedOn");
        u.name = r.name().strip();
        u.kind = r.kind();
        u.subdistrictId = subdistrict.id;
        u.subdistrictPath = subdistrict.path;
        u.headName = r.headName();
        u.joinedOn = r.joinedOn();
        u.status = r.status() == null ? MemberUnitStatus.ACTIVE : r.status();
    }

    @Transactional
    public MemberUnitRequests.DutyReportView report(UUID memberUnitId, MemberUnitRequests.SaveDutyReport r) {
        MemberUnit u = require(memberUnitId);
        requireNotFuture(r.reportedOn(), "reportedOn");
        if (DutyReport.count("memberUnitId = ?1 and year = ?2", u.id, r.year()) > 0) {
            throw ProblemException.conflict(u.name + " already reported for " + r.year());
        }
        DutyReport d = new DutyReport();
        d.id = UnitIds.next();
        d.memberUnitId = u.id;
        d.year = r.year();
        d.reportedOn = r.reportedOn();
        d.summary = r.summary().strip();
        d.commitments = List.copyOf(r.commitments());
        d.recordedBy = caller.name();
        d.recordedAt = today.now();
        d.persist();
        return view(d);
    }

    @Transactional
    public MemberUnitRequests.EvaluationView evaluate(UUID memberUnitId, MemberUnitRequests.SaveEvaluation r) {
        MemberUnit u = require(memberUnitId);
        requireNotFuture(r.votedOn(), "votedOn");
        MemberUnitRequests.Tally t = r.tally();
        Evaluation result = Evaluation.of(t.excellent(), t.competent(), t.basic(), t.incompetent());
        if (result == null) {
            throw ProblemException.invalid("tally", "no vote was cast");
        }
        if (MemberUnitEvaluation.count("memberUnitId = ?1 and year = ?2 and direction = ?3", u.id, r.year(), r.direction()) > 0) {
            throw ProblemException.conflict("The " + r.direction() + " vote of " + r.year() + " is already recorded for " + u.name);
        }
        MemberUnitEvaluation e = new MemberUnitEvaluation();
        e.id = UnitIds.next();
        e.memberUnitId = u.id;
        e.year = r.year();
        e.direction = r.direction();
        e.votedOn = r.votedOn();
        e.excellent = t.excellent();
        e.competent = t.competent();
        e.basic = t.basic();
        e.incompetent = t.incompetent();
        e.result = result;
        e.recordedBy = caller.name();
        e.recordedAt = today.now();
        e.persist();
        return MemberUnitRequests.EvaluationView.of(e);
    }

    public List<MemberUnitRequests.DutyReportView> reports(UUID memberUnitId) {
        MemberUnit u = require(memberUnitId);
        return DutyReport.<DutyReport>list("memberUnitId = ?1 order by year", u.id).stream().map(MemberUnitService::view).toList();
    }

    public List<MemberUnitRequests.EvaluationView> evaluations(UUID memberUnitId) {
        MemberUnit u = require(memberUnitId);
        return MemberUnitEvaluation.<MemberUnitEvaluation>list("memberUnitId = ?1 order by year, direction", u.id).stream()
                .map(MemberUnitRequests.EvaluationView::of).toList();
    }

    /** One report of a unit the caller sees; another unit's report id answers 404 like an unknown one. */
    public MemberUnitRequests.DutyReportView report(UUID memberUnitId, UUID reportId) {
        MemberUnit u = require(memberUnitId);
        DutyReport d = DutyReport.findById(reportId);
        if (d == null || !d.memberUnitId.equals(u.id)) {
            throw ProblemException.notFound("Duty report", reportId);
        }
        return view(d);
    }

    public MemberUnitRequests.EvaluationView evaluation(UUID memberUnitId, UUID evaluationId) {
        MemberUnit u = require(memberUnitId);
        MemberUnitEvaluation e = MemberUnitEvaluation.findById(evaluationId);
        if (e == null || !e.memberUnitId.equals(u.id)) {
            throw ProblemException.notFound("Evaluation", evaluationId);
        }
        return MemberUnitRequests.EvaluationView.of(e);
    }

    static MemberUnitRequests.DutyReportView view(DutyReport d) {
        long done = d.commitments.stream().filter(MemberUnitRequests.Commitment::completed).count();
        BigDecimal rate = d.commitments.isEmpty() ? null
                : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(d.commitments.size()), 4, RoundingMode.HALF_UP);
        return new MemberUnitRequests.DutyReportView(d.id, d.memberUnitId, d.year, d.reportedOn, d.summary, d.commitments,
                rate, d.recordedBy, d.recordedAt);
    }

    private void requireNotFuture(LocalDate day, String field) {
        if (day.isAfter(today.date())) {
            throw ProblemException.invalid(field, "must not be in the future (today is " + today.date() + ")");
        }
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public MemberUnit require(UUID id) {
        MemberUnit u = MemberUnit.findById(id);
        if (u == null || !caller.covers(u.subdistrictPath)) {
            throw ProblemException.notFound("Member unit", id);
        }
        return u;
    }
}
