package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.representative.Representative;
import cn.shenyang.grassroots.volunteer.representative.RepresentativeService;
import cn.shenyang.grassroots.volunteer.studio.OpenDay;
import cn.shenyang.grassroots.volunteer.studio.RepresentativeStudio;
import cn.shenyang.grassroots.volunteer.studio.StudioLookup;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opinions and their handling: {@link OpinionStatus}'s table decides whether a step is allowed, the
 * data rules here whether it can happen on its day, and each step appends a history row in the
 * same transaction.
 */
@ApplicationScoped
public class OpinionService implements CurrentVersion {
    private static final String VISIBLE = """
            select o.* from opinion o join representative_studio s on s.id = o.studio_id
            join org_unit_replica u on u.id = s.org_unit_id
            where o.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    ScopedFind scoped;

    @Inject
    StudioLookup studios;

    @Inject
    RepresentativeService representatives;

    @Transactional
    public Opinion receive(OpinionRequests.Create r) {
        RepresentativeStudio studio = studios.requireField(r.studioId(), "studioId");
        LocalDate notBefore = studio.openedOn;
        String previous = "the studio opened";
        LocalDate defaultDay = today.date();
        if (r.channel() == OpinionChannel.OPEN_DAY) {
            if (r.openDayId() == null) {
                throw ProblemException.invalid("openDayId", "is required for an opinion raised at an OPEN_DAY");
            }
            OpenDay day = OpenDay.findById(r.openDayId());
            if (day == null || !day.studioId.equals(studio.id)) {
                throw ProblemException.invalid("openDayId", "no open day " + r.openDayId() + " of this studio exists");
            }
            notBefore = day.heldOn;
            previous = "the open day";
            defaultDay = day.heldOn;
        } else if (r.openDayId() != null) {
            throw ProblemException.invalid("openDayId", "is only for the OPEN_DAY channel");
        }
        Opinion o = new Opinion();
        o.id = UUID.randomUUID();
        o.studioId = studio.id;
        o.channel = r.channel();
        o.openDayId = r.openDayId();
        o.category = r.category();
        o.raisedByName = r.raisedByName().strip();
        o.raisedByPhone = r.raisedByPhone();
        o.content = r.content().strip();
        o.receivedOn = DatedSteps.require(r.receivedOn() == null ? defaultDay : r.receivedOn(), today.date(), notBefore,
                "receivedOn", previous);
        o.status = OpinionStatus.RECEIVED;
        o.statusOn = o.receivedOn;
        o.created(caller.name(), clock);
        o.persist();
        append(o, null, null, OpinionStatus.RECEIVED, o.receivedOn, null);
        return o;
    }

    /** One step: the table decides whether it is allowed, the rules whether it can happen on its day. */
    @Transactional
    public Opinion perform(UUID id, String ifMatch, OpinionRequests.Perform r) {
        Opinion o = require(id);
        Versions.requireMatch(ifMatch, o.version);
        String refusal = o.status.refusal(r.action(), roles());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        LocalDate on = DatedSteps.require(r.occurredOn(), today.date(), o.statusOn, "occurredOn",
                "the opinion's previous step");
        String blocked = blockedBy(o, r.action());
        if (blocked != null) {
            throw ProblemException.invalidTransition(r.action() + " is not possible: " + blocked);
        }
        OpinionStatus.Transition t = o.status.transition(r.action()).orElseThrow();
        String note = switch (r.action()) {
            case ASSIGN -> assign(o, r, on);
            case COORDINATE -> o.coordinationNote = required(r.coordinationNote(), "coordinationNote", r.action());
            case RESOLVE -> o.resolution = required(r.resolution(), "resolution", r.action());
            case CONVERT_TO_PROPOSAL -> o.proposalNumber = required(r.proposalNumber(), "proposalNumber", r.action());
            case DECLINE -> o.declineReason = required(r.reason(), "reason", r.action());
            case REPLY -> {
                o.reply = required(r.reply(), "reply", r.action());
                o.repliedOn = on;
                yield o.reply;
            }
        };
        append(o, r.action(), o.status, t.to(), on, note);
        o.status = t.to();
        o.statusOn = on;
        o.touched(caller.name(), clock);
        Opinion.flush();
        return o;
    }

    /** What the table offers the caller now, each with the rule that holds it back, if any. */
    public OpinionView.AllowedActions allowedActions(UUID id, LocalDate on) {
        Opinion o = require(id);
        LocalDate day = on == null ? today.date() : on;
        String dateRefusal = DatedSteps.refusal(day, today.date(), o.statusOn, "the opinion's previous step");
        Set<String> roles = roles();
        List<OpinionView.AllowedAction> actions = new ArrayList<>();
        for (OpinionStatus.Transition t : o.status.transitions().values()) {
            if (o.status.refusal(t.action(), roles) == null) {
                String blocked = dateRefusal != null ? "occurredOn " + dateRefusal : blockedBy(o, t.action());
                actions.add(new OpinionView.AllowedAction(t.action(), t.to(), blocked == null, blocked));
            }
        }
        return new OpinionView.AllowedActions(o.id, o.status, o.version, day, actions);
    }

    public Opinion require(UUID id) {
        return scoped.find(VISIBLE, Opinion.class, id).orElseThrow(() -> ProblemException.notFound("Opinion", id));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** Rules on the opinion's data alone; null when nothing holds the action back. */
    private static String blockedBy(Opinion o, OpinionStatus.Action action) {
        if (action == OpinionStatus.Action.REPLY && o.repliedOn != null) {
            return "the person was already replied to on " + o.repliedOn;
        }
        return null;
    }

    private String assign(Opinion o, OpinionRequests.Perform r, LocalDate on) {
        if (r.representativeId() == null) {
            throw ProblemException.invalid("representativeId", "is required for ASSIGN");
        }
        Representative rep = representatives.find(r.representativeId()).orElseThrow(() ->
                ProblemException.invalid("representativeId", "no representative " + r.representativeId() + " exists"));
        if (!rep.servingOn(on)) {
            throw ProblemException.invalidTransition("ASSIGN is not possible: " + rep.name + "'s term (" + rep.termStartsOn
                    + " to " + (rep.termEndsOn == null ? "now" : rep.termEndsOn) + ") does not cover " + on);
        }
        if (rep.id.equals(o.assignedRepresentativeId)) {
            throw ProblemException.invalidTransition("ASSIGN is not possible: the opinion is already assigned to " + rep.name);
        }
        o.assignedRepresentativeId = rep.id;
        return rep.name;
    }

    private static String required(String value, String field, OpinionStatus.Action action) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required for " + action);
        }
        return value.strip();
    }

    private void append(Opinion o, OpinionStatus.Action action, OpinionStatus from, OpinionStatus to, LocalDate on, String note) {
        OpinionStep s = new OpinionStep();
        s.id = UUID.randomUUID();
        s.opinionId = o.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.occurredOn = on;
        s.note = note;
        s.recordedBy = caller.name();
        s.recordedAt = today.now();
        s.persist();
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}
