package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
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

/** Claims, their fulfilment records, and the steps of {@link PostClaimStatus}'s table (evaluation, release). */
@ApplicationScoped
public class PostClaimService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    PostClaimLookup claims;

    @Transactional
    public PostClaim create(PostClaimRequests.CreateClaim r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        if (r.memberIdNumber() != null && !IdNumbers.isValid(r.memberIdNumber())) {
            throw ProblemException.invalid("memberIdNumber", "the check digit does not match");
        }
        LocalDate claimedOn = today.dated(r.claimedOn(), "claimedOn", null, null);
        if (r.memberIdNumber() != null && PostClaim.count("from PostClaim c where c.memberIdNumber = ?1 and c.postType = ?2 "
                + "and c.year = ?3", r.memberIdNumber(), r.postType(), claimedOn.getYear()) > 0) {
            throw ProblemException.conflict("The member already claimed a " + r.postType() + " post in "
                    + claimedOn.getYear());
        }
        PostClaim c = new PostClaim();
        c.id = UUID.randomUUID();
        c.villageId = r.villageId();
        c.year = claimedOn.getYear();
        c.postType = r.postType();
        c.memberName = r.memberName().strip();
        c.memberIdNumber = r.memberIdNumber();
        c.mobile = Boolean.TRUE.equals(r.mobile());
        c.commitment = r.commitment().strip();
        c.claimedOn = claimedOn;
        c.status = PostClaimStatus.CLAIMED;
        c.statusOn = claimedOn;
        c.created(caller.name(), clock);
        c.persistAndFlush();
        return c;
    }

    @Transactional
    public PostFulfilment addFulfilment(UUID id, PostClaimRequests.AddFulfilment r) {
        PostClaim c = claims.require(id);
        if (c.status != PostClaimStatus.CLAIMED) {
            throw ProblemException.invalidTransition("Fulfilment is recorded while a post is claimed; this claim was "
                    + c.status + " on " + c.statusOn);
        }
        PostFulfilment f = new PostFulfilment();
        f.id = UUID.randomUUID();
        f.claimId = c.id;
        f.occurredOn = today.dated(r.occurredOn(), "occurredOn", c.claimedOn, "the claim");
        f.description = r.description().strip();
        f.hours = r.hours();
        f.recordedBy = caller.name();
        f.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        f.persist();
        return f;
    }

    @Transactional
    public PostClaim perform(UUID id, String ifMatch, PostClaimRequests.PerformAction r) {
        PostClaim c = claims.require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = c.status.refusal(r.action(), roles());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        PostClaimStatus.Transition t = c.status.transition(r.action()).orElseThrow();
        LocalDate on = today.dated(r.occurredOn(), "occurredOn", c.statusOn, "the claim's previous step (" + c.status + ")");
        if (r.action() == PostClaimAction.EVALUATE) {
            if (r.evaluation() == null) {
                throw ProblemException.invalid("evaluation", "is required for EVALUATE");
            }
            c.evaluation = r.evaluation();
        } else if (r.evaluation() != null) {
            throw ProblemException.invalid("evaluation", "is only taken by EVALUATE");
        }
        if (r.action() == PostClaimAction.RELEASE && (r.note() == null || r.note().isBlank())) {
            throw ProblemException.invalid("note", "the reason is required for RELEASE");
        }
        c.statusNote = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        c.status = t.to();
        c.statusOn = on;
        c.touched(caller.name(), clock);
        return c;
    }

    public PostClaimView.AllowedActions allowedActions(UUID id, LocalDate on) {
        PostClaim c = claims.require(id);
        LocalDate day = today.dated(on, "occurredOn", null, null);
        List<PostClaimView.AllowedAction> actions = new ArrayList<>();
        for (PostClaimStatus.Transition t : c.status.transitions().values()) {
            if (c.status.refusal(t.action(), roles()) == null) {
                String blocked = day.isBefore(c.statusOn) ? "the claim's previous step is dated " + c.statusOn : null;
                actions.add(new PostClaimView.AllowedAction(t.action(), t.to(), blocked == null, blocked));
            }
        }
        return new PostClaimView.AllowedActions(c.id, c.status, c.version, day, actions);
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}
