package cn.shenyang.grassroots.volunteer.certificate;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.hours.StarLevels;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.Names;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.volunteer.Volunteer;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Issues, lists, revokes and verifies service certificates; the figures come from the ledger when issued. */
@ApplicationScoped
public class CertificateService implements CurrentVersion {
    /** Hours served in the period (?2 to ?3; ?2 null for no start) and all hours up to its end, of volunteer ?1. */
    private static final String FIGURES = """
            select coalesce(sum(hours) filter (where cast(?2 as date) is null or served_on >= cast(?2 as date)), 0),
                   coalesce(sum(hours), 0)
            from service_record where volunteer_id = ?1 and served_on <= ?3""";
    private static final String VISIBLE = """
            select c.* from service_certificate c join volunteer v on v.id = c.volunteer_id
            join org_unit_replica u on u.id = v.home_community_id
            where c.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    OrgReplica replica;

    @Inject
    ScopedFind scoped;

    @Inject
    VolunteerLookup volunteers;

    @Transactional
    public ServiceCertificate issue(UUID volunteerId, CertificateRequests.Issue r) {
        Volunteer v = volunteers.require(volunteerId);
        LocalDate to = DatedSteps.require(r == null ? null : r.periodTo(), today.date(), null, "periodTo", null);
        LocalDate from = r == null ? null : r.periodFrom();
        if (from != null && from.isAfter(to)) {
            throw ProblemException.invalid("periodFrom", "must not be after periodTo (" + to + ")");
        }
        UUID issuer = r == null || r.issuerOrgUnitId() == null ? v.homeCommunityId
                : orgUnits.requireActiveField(r.issuerOrgUnitId(), "issuerOrgUnitId").id();
        Object[] figures = (Object[]) em.createNativeQuery(FIGURES).setParameter(1, v.id).setParameter(2, from)
                .setParameter(3, to).getSingleResult();
        ServiceCertificate c = new ServiceCertificate();
        c.id = UUID.randomUUID();
        c.number = CertificateNumbers.next(today.date().getYear());
        c.volunteerId = v.id;
        c.issuerUnitId = issuer;
        c.periodFrom = from;
        c.periodTo = to;
        c.hours = ((BigDecimal) figures[0]).setScale(1);
        c.stars = StarLevels.starsFor((BigDecimal) figures[1]);
        c.purpose = r == null || r.purpose() == null || r.purpose().isBlank() ? null : r.purpose().strip();
        c.issuedOn = today.date();
        c.created(caller.name(), clock);
        c.persist();
        return c;
    }

    public List<ServiceCertificate> list(UUID volunteerId) {
        volunteers.require(volunteerId);
        return ServiceCertificate.list("volunteerId = ?1 order by issuedOn desc, number", volunteerId);
    }

    public ServiceCertificate require(UUID volunteerId, UUID id) {
        return scoped.find(VISIBLE, ServiceCertificate.class, id).filter(c -> volunteerId == null || c.volunteerId.equals(volunteerId))
                .orElseThrow(() -> ProblemException.notFound("Service certificate", id));
    }

    @Override
    public long of(UUID id) {
        return require(null, id).version;
    }

    @Transactional
    public ServiceCertificate revoke(UUID volunteerId, UUID id, String ifMatch, CertificateRequests.Revoke r) {
        ServiceCertificate c = require(volunteerId, id);
        Versions.requireMatch(ifMatch, c.version);
        if (c.revokedOn != null) {
            throw ProblemException.conflict("The certificate was already revoked on " + c.revokedOn);
        }
        c.revokedOn = DatedSteps.require(r.revokedOn(), today.date(), c.issuedOn, "revokedOn", "the issue");
        c.revokeReason = r.reason().strip();
        c.touched(caller.name(), clock);
        ServiceCertificate.flush();
        return c;
    }

    /** Anyone with the number: the certified figures, the masked holder and the issuer, nothing personal. */
    public CertificateView.Verification verify(String number) {
        if (!CertificateNumbers.isWellFormed(number)) {
            throw ProblemException.invalid("number", "is not a certificate number (VC, the year, '-', 13 characters with a "
                    + "check character): check for a mistyped character");
        }
        ServiceCertificate c = ServiceCertificate.find("number", number).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Service certificate", number);
        }
        Volunteer v = Volunteer.findById(c.volunteerId);
        String issuer = replica.find(c.issuerUnitId).map(u -> u.name()).orElse("");
        return new CertificateView.Verification(c.number, CertificateView.CertificateStatus.of(c), Names.mask(v.name), issuer,
                c.issuedOn, c.periodFrom, c.periodTo, c.hours, c.stars, c.revokedOn);
    }
}
