package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.compound.CompoundLookup;
import cn.shenyang.grassroots.volunteer.compound.ResidentialCompound;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Tripartite meetings and the follow-up of their decisions. */
@ApplicationScoped
public class MeetingService implements CurrentVersion {
    private static final String TOPIC = "insert into tripartite_topic (meeting_id, seq, topic) values (?1, ?2, ?3)";
    private static final String VISIBLE_DECISION = """
            select d.* from tripartite_decision d join tripartite_meeting m on m.id = d.meeting_id
            join residential_compound c on c.id = m.compound_id join org_unit_replica u on u.id = c.community_id
            where d.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    @Inject
    ScopedFind scoped;

    @Inject
    CompoundLookup compounds;

    @Transactional
    public TripartiteMeeting create(UUID compoundId, MeetingRequests.Create r) {
        ResidentialCompound c = compounds.require(compoundId);
        TripartiteMeeting m = new TripartiteMeeting();
        m.id = UUID.randomUUID();
        m.compoundId = c.id;
        m.heldOn = DatedSteps.require(r.heldOn(), today.date(), null, "heldOn", null);
        m.communityAttendee = r.communityAttendee().strip();
        m.companyAttendee = r.companyAttendee().strip();
        m.committeeAttendee = r.committeeAttendee().strip();
        m.minutesRef = r.minutesRef();
        m.recordedBy = caller.name();
        m.recordedAt = today.now();
        m.persist();
        em.flush();
        int seq = 0;
        for (String topic : r.topics()) {
            em.createNativeQuery(TOPIC).setParameter(1, m.id).setParameter(2, ++seq).setParameter(3, topic.strip())
                    .executeUpdate();
        }
        seq = 0;
        for (MeetingRequests.Decision in : r.decisions() == null ? List.<MeetingRequests.Decision>of() : r.decisions()) {
            seq++;
            if (in.dueOn() != null && in.dueOn().isBefore(m.heldOn)) {
                throw ProblemException.invalid("decisions[" + (seq - 1) + "].dueOn", "must not be before the meeting (" + m.heldOn + ")");
            }
            TripartiteDecision d = new TripartiteDecision();
            d.id = UUID.randomUUID();
            d.meetingId = m.id;
            d.seq = seq;
            d.content = in.content().strip();
            d.responsibleParty = in.responsibleParty();
            d.dueOn = in.dueOn();
            d.status = FollowUpStatus.OPEN;
            d.statusOn = m.heldOn;
            d.created(caller.name(), clock);
            d.persist();
        }
        return m;
    }

    public TripartiteDecision requireDecision(UUID compoundId, UUID meetingId, UUID decisionId) {
        return scoped.find(VISIBLE_DECISION, TripartiteDecision.class, decisionId)
                .filter(d -> meetingId == null || d.meetingId.equals(meetingId))
                .filter(d -> compoundId == null || TripartiteMeeting.<TripartiteMeeting>findById(d.meetingId).compoundId.equals(compoundId))
                .orElseThrow(() -> ProblemException.notFound("Tripartite decision", decisionId));
    }

    @Override
    public long of(UUID decisionId) {
        return requireDecision(null, null, decisionId).version;
    }

    /** One follow-up step of a decision, by {@link FollowUpStatus}'s table, dated and kept. */
    @Transactional
    public TripartiteDecision followUp(UUID compoundId, UUID meetingId, UUID decisionId, String ifMatch, MeetingRequests.FollowUp r) {
        TripartiteDecision d = requireDecision(compoundId, meetingId, decisionId);
        Versions.requireMatch(ifMatch, d.version);
        String refusal = d.status.refusal(r.status());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        if (r.status() == FollowUpStatus.DROPPED && (r.note() == null || r.note().isBlank())) {
            throw ProblemException.invalid("note", "is required to drop a decision: say why");
        }
        LocalDate on = DatedSteps.require(r.occurredOn(), today.date(), d.statusOn, "occurredOn",
                "the decision's current status began");
        DecisionFollowUp f = new DecisionFollowUp();
        f.id = UUID.randomUUID();
        f.decisionId = d.id;
        f.fromStatus = d.status;
        f.toStatus = r.status();
        f.occurredOn = on;
        f.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        f.recordedBy = caller.name();
        f.recordedAt = today.now();
        f.persist();
        d.status = r.status();
        d.statusOn = on;
        d.touched(caller.name(), clock);
        TripartiteDecision.flush();
        return d;
    }
}
