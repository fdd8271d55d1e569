package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/** Indicator sets per year and the assessments scored against them (see {@link Scoring}). */
@ApplicationScoped
public class AssessmentService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    Clock clock;

    /** A year's indicators, set once; {@link #replaceYear} changes them while nothing is scored against them. */
    @Transactional
    public List<AssessmentIndicator> defineYear(AssessmentRequests.IndicatorSet r) {
        if (AssessmentIndicator.count("year", r.year()) > 0) {
            throw ProblemException.conflict("The indicators of " + r.year() + " are already set");
        }
        AssessmentIndicatorSet set = new AssessmentIndicatorSet();
        set.year = r.year();
        set.version = 0;
        set.persist();
        return store(r);
    }

    /**
     * Replaces a year's indicators (If-Match checked before the body is read by {@link IndicatorSetVersions},
     * and again here under the set's lock). Every assessment of the year holds a score for each of them, so
     * once one exists the weights it was scored with must stay: 409 then.
     */
    @Transactional
    public long replaceYear(int year, String ifMatch, AssessmentRequests.IndicatorSet r) {
        AssessmentIndicatorSet set = AssessmentIndicatorSet.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw ProblemException.notFound("Indicator set of", year);
        }
        Versions.requireMatch(ifMatch, set.version);
        if (r.year() != year) {
            throw ProblemException.invalid("year", "must be the year of the path (" + year + ")");
        }
        long scored = Assessment.count("year", year);
        if (scored > 0) {
            throw ProblemException.conflict(scored + " assessment(s) of " + year + " are scored against these indicators; "
                    + "their weights can no longer change");
        }
        AssessmentIndicator.delete("year", year);
        store(r);
        set.version++;
        return set.version;
    }

    public long indicatorSetVersion(int year) {
        AssessmentIndicatorSet set = AssessmentIndicatorSet.findById(year);
        if (set == null) {
            throw ProblemException.notFound("Indicator set of", year);
        }
        return set.version;
    }

    private List<AssessmentIndicator> store(AssessmentRequests.IndicatorSet r) {
        List<Scoring.Indicator> rules = r.indicators().stream().map(i -> new Scoring.Indicator(i.code(), i.name(),
                i.weight(), i.partyBuilding(), i.passMark())).toList();
        if (rules.stream().map(Scoring.Indicator::code).distinct().count() != rules.size()) {
            throw ProblemException.invalid("indicators", "codes must be unique");
        }
        List<String> refusals = Scoring.refusals(rules);
        if (!refusals.isEmpty()) {
            throw ProblemException.invalid(refusals.stream().map(m -> new Problem.Violation("indicators", m)).toList());
        }
        List<AssessmentIndicator> stored = new ArrayList<>();
        for (AssessmentRequests.Indicator i : r.indicators()) {
            AssessmentIndicator row = new AssessmentIndicator();
            row.year = r.year();
            row.code = i.code();
            row.name = i.name().strip();
            row.weight = i.weight();
            row.partyBuilding = i.partyBuilding();
            row.passMark = i.passMark();
            row.persist();
            stored.add(row);
        }
        return stored;
    }

    @Transactional
    public Assessment create(AssessmentRequests.SaveAssessment r) {
        Assessment a = new Assessment();
        a.id = UnitIds.next();
        apply(a, r);
        if (Assessment.count("orgUnitId = ?1 and year = ?2", a.orgUnitId, a.year) > 0) {
            throw ProblemException.conflict("The secretary of this unit is already assessed for " + a.year + "; correct that assessment instead");
        }
        a.created(caller.name(), clock);
        a.persist();
        return a;
    }

    @Transactional
    public Assessment update(UUID id, String ifMatch, AssessmentRequests.SaveAssessment r) {
        Assessment a = require(id);
        Versions.requireMatch(ifMatch, a.version);
        if (!a.orgUnitId.equals(r.orgUnitId()) || a.year != r.year()) {
            throw ProblemException.invalid("orgUnitId", "an assessment keeps its unit and year; create another one instead");
        }
        apply(a, r);
        a.touched(caller.name(), clock);
        return a;
    }

    private void apply(Assessment a, AssessmentRequests.SaveAssessment r) {
        OrgUnit unit = units.visibleOrNull(r.orgUnitId());
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + r.orgUnitId() + " exists");
        }
        LocalDate on = r.assessedOn() == null ? today.date() : r.assessedOn();
        if (on.isAfter(today.date())) {
            throw ProblemException.invalid("assessedOn", "must not be in the future (today is " + today.date() + ")");
        }
        List<Scoring.Indicator> indicators = AssessmentIndicator.ofYear(r.year()).stream().map(AssessmentIndicator::rule).toList();
        if (indicators.isEmpty()) {
            throw ProblemException.invalid("year", "no indicators are set for " + r.year()
                    + " (POST /api/v1/assessments/indicator-sets)");
        }
        List<Problem.Violation> missing = new ArrayList<>();
        for (Scoring.Indicator i : indicators) {
            if (!r.scores().containsKey(i.code())) {
                missing.add(new Problem.Violation("scores." + i.code(), "is required: an indicator of " + r.year()));
            }
        }
        for (String code : r.scores().keySet()) {
            if (indicators.stream().noneMatch(i -> i.code().equals(code))) {
                missing.add(new Problem.Violation("scores." + code, "is not an indicator of " + r.year()));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        Scoring.Result result = Scoring.score(indicators, r.scores());
        a.orgUnitId = unit.id;
        a.orgUnitPath = unit.path;
        a.year = r.year();
        a.secretaryName = r.secretaryName().strip();
        a.assessedOn = on;
        a.scores = new TreeMap<String, BigDecimal>(r.scores());
        a.total = result.total();
        a.vetoed = result.vetoed();
        a.grade = result.grade();
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public Assessment require(UUID id) {
        Assessment a = Assessment.findById(id);
        if (a == null || !caller.covers(a.orgUnitPath)) {
            throw ProblemException.notFound("Assessment", id);
        }
        return a;
    }
}
