package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.support.Today;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** The scheduled job that sends overdue whistles up to the sub-district and then the district ({@link Escalation}). */
@ApplicationScoped
public class WhistleEscalations {
    @Inject
    WhistleHistory history;

    @Inject
    Today today;

    @Scheduled(every = "${governance.escalation.every:1m}", delayed = "${governance.escalation.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Escalates every whistle overdue now past its current level; answers how many moved up. */
    @Transactional
    public int run() {
        OffsetDateTime now = today.now();
        List<Whistle> overdue = Whistle.list("""
                status in ?1 and escalation <> ?2
                and ((status = ?3 and checkInDeadline < ?4) or resolveDeadline < ?4)""",
                List.of(WhistleStatus.DISPATCHED, WhistleStatus.IN_PROGRESS), Escalation.DISTRICT,
                WhistleStatus.DISPATCHED, now);
        int escalated = 0;
        for (Whistle w : overdue) {
            Escalation due = Escalation.due(w.status, w.dispatchedAt, w.checkInDeadline, w.resolveDeadline, now);
            if (due.above(w.escalation)) {
                w.escalation = due;
                // not the whistle's last step: a step that happened earlier may still be entered after it
                history.append(w, "ESCALATE", w.status, w.status, null, now, "escalated to the " + due + ": "
                        + (w.status == WhistleStatus.DISPATCHED && now.isAfter(w.checkInDeadline)
                                ? "the lead department did not check in by " + w.checkInDeadline
                                : "no result reported by " + w.resolveDeadline), null);
                escalated++;
            }
        }
        return escalated;
    }
}
