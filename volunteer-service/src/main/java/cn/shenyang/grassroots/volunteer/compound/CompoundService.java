package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.propertycompany.PropertyCompanyLookup;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Compounds and their grades; the only writer of {@link ResidentialCompound} and {@link CompoundGradeChange}. */
@ApplicationScoped
public class CompoundService {
    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CompoundLookup compounds;

    @Inject
    PropertyCompanyLookup companies;

    @Transactional
    public ResidentialCompound create(CompoundRequests.Create r) {
        orgUnits.requireActiveField(r.communityId(), "communityId", OrgLevels.VILLAGE_TIER);
        if (r.propertyCompanyId() != null) {
            companies.requireField(r.propertyCompanyId(), "propertyCompanyId");
        }
        String refusal = r.grade().refusal(r.propertyCompanyId() != null);
        if (refusal != null) {
            throw ProblemException.invalid("grade", refusal);
        }
        ResidentialCompound c = new ResidentialCompound();
        c.id = UUID.randomUUID();
        c.name = r.name().strip();
        c.communityId = r.communityId();
        c.address = r.address().strip();
        c.households = r.households();
        c.grade = r.grade();
        c.gradeSince = DatedSteps.require(r.gradedOn(), today.date(), null, "gradedOn", null);
        c.propertyCompanyId = r.propertyCompanyId();
        c.created(caller.name(), clock);
        c.persist();
        append(c, null, c.grade, c.gradeSince, "first grading");
        return c;
    }

    @Transactional
    public ResidentialCompound update(UUID id, String ifMatch, CompoundRequests.Update r) {
        ResidentialCompound c = compounds.require(id);
        Versions.requireMatch(ifMatch, c.version);
        if (!r.communityId().equals(c.communityId)) {
            orgUnits.requireActiveField(r.communityId(), "communityId", OrgLevels.VILLAGE_TIER);
        }
        if (r.propertyCompanyId() != null && !r.propertyCompanyId().equals(c.propertyCompanyId)) {
            companies.requireField(r.propertyCompanyId(), "propertyCompanyId");
        }
        String refusal = c.grade.refusal(r.propertyCompanyId() != null);
        if (refusal != null) {
            throw ProblemException.conflict("The compound is " + c.grade + ": regrade it before removing its property company");
        }
        c.name = r.name().strip();
        c.communityId = r.communityId();
        c.address = r.address().strip();
        c.households = r.households();
        c.propertyCompanyId = r.propertyCompanyId();
        c.touched(caller.name(), clock);
        ResidentialCompound.flush();
        return c;
    }

    /** A regrading, dated when it happened and kept in the compound's grade history. */
    @Transactional
    public ResidentialCompound changeGrade(UUID id, String ifMatch, CompoundRequests.ChangeGrade r) {
        ResidentialCompound c = compounds.require(id);
        Versions.requireMatch(ifMatch, c.version);
        if (r.grade() == c.grade) {
            throw ProblemException.conflict("The compound is already " + c.grade + " (since " + c.gradeSince + ")");
        }
        String refusal = r.grade().refusal(c.propertyCompanyId != null);
        if (refusal != null) {
            throw ProblemException.conflict(refusal);
        }
        LocalDate on = DatedSteps.require(r.occurredOn(), today.date(), c.gradeSince, "occurredOn",
                "the current grade was given");
        append(c, c.grade, r.grade(), on, r.reason().strip());
        c.grade = r.grade();
        c.gradeSince = on;
        c.touched(caller.name(), clock);
        ResidentialCompound.flush();
        return c;
    }

    private void append(ResidentialCompound c, PropertyServiceGrade from, PropertyServiceGrade to, LocalDate on, String reason) {
        CompoundGradeChange g = new CompoundGradeChange();
        g.id = UUID.randomUUID();
        g.compoundId = c.id;
        g.fromGrade = from;
        g.toGrade = to;
        g.occurredOn = on;
        g.reason = reason;
        g.recordedBy = caller.name();
        g.recordedAt = today.now();
        g.persist();
    }
}
