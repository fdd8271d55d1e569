package cn.shenyang.grassroots.cadre.publicity;

import cn.shenyang.grassroots.cadre.reserve.PublicityWindows;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rules of publicity notices; the only writer of {@link PublicityNotice}. */
@ApplicationScoped
public class PublicityNoticeService implements CurrentVersion {
    /** Notices are published by a township-level unit or a village. */
    private static final Set<String> NOTICE_LEVELS = Stream.concat(OrgLevels.TOWNSHIP_TIER.stream(),
            Stream.of(OrgLevels.VILLAGE)).collect(Collectors.toUnmodifiableSet());

    @Inject
    OrgUnits orgUnits;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    PublicityWindows windows;

    @Transactional
    public PublicityNotice create(PublicityNoticeRequests.CreatePublicityNotice r) {
        orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId", NOTICE_LEVELS);
        LocalDate publishedOn = r.publishedOn() == null ? today.date() : r.publishedOn();
        LocalDate until = r.publicUntil() == null && r.kind() == NoticeKind.CANDIDATES
                ? windows.endOfWindowFrom(publishedOn) : r.publicUntil();
        requireDates(publishedOn, until);
        PublicityNotice n = new PublicityNotice();
        n.id = UUID.randomUUID();
        n.orgUnitId = r.orgUnitId();
        n.kind = r.kind();
        n.year = r.year();
        n.title = r.title().strip();
        n.content = r.content().strip();
        n.publishedOn = publishedOn;
        n.publicUntil = until;
        n.created(caller.name(), clock);
        n.persist();
        return n;
    }

    @Transactional
    public PublicityNotice update(UUID id, String ifMatch, PublicityNoticeRequests.UpdatePublicityNotice r) {
        PublicityNotice n = require(id);
        Versions.requireMatch(ifMatch, n.version);
        requireDates(r.publishedOn(), r.publicUntil());
        n.title = r.title().strip();
        n.content = r.content().strip();
        n.publishedOn = r.publishedOn();
        n.publicUntil = r.publicUntil();
        n.touched(caller.name(), clock);
        return n;
    }

    public PublicityNotice require(UUID id) {
        PublicityNotice n = PublicityNotice.findById(id);
        if (n == null) {
            throw ProblemException.notFound("Publicity notice", id);
        }
        orgUnits.requireCovers(n.orgUnitId, "Publicity notice", id);
        return n;
    }

    private static void requireDates(LocalDate publishedOn, LocalDate until) {
        if (until != null && until.isBefore(publishedOn)) {
            throw ProblemException.invalid("publicUntil", "must not be before publishedOn");
        }
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}
