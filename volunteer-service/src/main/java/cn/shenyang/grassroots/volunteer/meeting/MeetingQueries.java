package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.compound.CompoundLookup;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Meetings of a compound with their topics and decisions: three statements for a page, whatever its size. */
@ApplicationScoped
public class MeetingQueries {
    private static final String TOPICS = "select meeting_id, topic from tripartite_topic where meeting_id in (?1) order by meeting_id, seq";

    @Inject
    EntityManager em;

    @Inject
    Today today;

    @Inject
    CompoundLookup compounds;

    @Inject
    MeetingService meetings;

    public Page<MeetingView> list(UUID compoundId, PageRequest page) {
        compounds.require(compoundId);
        Page<TripartiteMeeting> found = new Where().and("m.compound_id = ?", compoundId)
                .page(em, "m.*", "tripartite_meeting m", "m.held_on desc, m.id", page, TripartiteMeeting.class);
        List<UUID> ids = found.items().stream().map(m -> m.id).toList();
        Map<UUID, List<String>> topics = topics(ids);
        Map<UUID, List<MeetingView.DecisionView>> decisions = decisions(ids);
        return found.map(m -> MeetingView.of(m, topics.getOrDefault(m.id, List.of()), decisions.getOrDefault(m.id, List.of())));
    }

    public MeetingView view(UUID compoundId, UUID meetingId) {
        compounds.require(compoundId);
        TripartiteMeeting m = TripartiteMeeting.findById(meetingId);
        if (m == null || !m.compoundId.equals(compoundId)) {
            throw ProblemException.notFound("Tripartite meeting", meetingId);
        }
        return view(m);
    }

    public MeetingView view(TripartiteMeeting m) {
        return MeetingView.of(m, topics(List.of(m.id)).getOrDefault(m.id, List.of()),
                decisions(List.of(m.id)).getOrDefault(m.id, List.of()));
    }

    public Page<DecisionFollowUp> followUps(UUID compoundId, UUID meetingId, UUID decisionId, PageRequest page) {
        compounds.require(compoundId);
        meetings.requireDecision(compoundId, meetingId, decisionId);
        return new Where().and("f.decision_id = ?", decisionId)
                .page(em, "f.*", "decision_follow_up f", "f.occurred_on, f.seq", page, DecisionFollowUp.class);
    }

    private Map<UUID, List<String>> topics(List<UUID> meetingIds) {
        Map<UUID, List<String>> topics = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return topics;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TOPICS).setParameter(1, meetingIds).getResultList();
        rows.forEach(r -> topics.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return topics;
    }

    private Map<UUID, List<MeetingView.DecisionView>> decisions(List<UUID> meetingIds) {
        Map<UUID, List<MeetingView.DecisionView>> decisions = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return decisions;
        }
        List<TripartiteDecision> rows = TripartiteDecision.list("meetingId in ?1 order by meetingId, seq", meetingIds);
        rows.forEach(d -> decisions.computeIfAbsent(d.meetingId, k -> new ArrayList<>())
                .add(MeetingView.DecisionView.of(d, today.date())));
        return decisions;
    }
}
