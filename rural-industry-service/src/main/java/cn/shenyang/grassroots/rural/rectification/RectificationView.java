package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.rural.support.Reach;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rectification", description = "A weak-and-lax village party organisation's rectification case")
public record RectificationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID villageId,
        @Schema(required = true, description = "The year of the case: the year it was identified") int year,
        @Schema(required = true) LocalDate identifiedOn,
        @Schema(required = true) RectificationStatus status,
        @Schema(required = true, description = "The day of the latest step") LocalDate statusOn,
        @Schema(required = true) String planSummary,
        @Schema(required = true) FourOnes fourOnes,
        @Schema(required = true, maxItems = 200, description = "Every problem, in the order raised") List<ProblemView> problems,
        @Schema(required = true, description = "Problems not yet resolved; close-out needs 0") int openProblems,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static RectificationView of(Rectification r, List<RectificationProblem> problems) {
        return new RectificationView(r.id, r.villageId, r.year, r.identifiedOn, r.status, r.statusOn, r.planSummary,
                new FourOnes(r.cityLeaderAssignmentId, r.townshipLeaderAssignmentId, r.firstSecretaryAssignmentId,
                        r.pairedAgencyAssignmentId, r.fourOnesComplete()),
                problems.stream().map(ProblemView::of).toList(),
                (int) problems.stream().filter(p -> p.resolvedOn == null).count(),
                r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
    }

    @Schema(name = "RectificationFourOnes", description = "The four-ones cover: org-structure responsibility assignment ids")
    public record FourOnes(
            UUID cityLeaderAssignmentId,
            UUID townshipLeaderAssignmentId,
            UUID firstSecretaryAssignmentId,
            UUID pairedAgencyAssignmentId,
            @Schema(required = true, description = "All four are assigned") boolean complete) {}

    @Schema(name = "RectificationProblem", description = "A problem, its one countermeasure, owner and resolution")
    public record ProblemView(
            @Schema(required = true) UUID id,
            @Schema(required = true) WeaknessCategory category,
            @Schema(required = true) String description,
            @Schema(required = true) String countermeasure,
            @Schema(required = true) String owner,
            @Schema(required = true) LocalDate raisedOn,
            @Schema(description = "Null while open") LocalDate resolvedOn,
            String resolution,
            @Schema(required = true) boolean resolved) {

        public static ProblemView of(RectificationProblem p) {
            return new ProblemView(p.id, p.category, p.description, p.countermeasure, p.owner, p.raisedOn, p.resolvedOn,
                    p.resolution, p.resolvedOn != null);
        }
    }

    @Schema(name = "RectificationNote", description = "A progress note")
    public record NoteView(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The day it describes") LocalDate notedOn,
            @Schema(required = true) String note,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {

        public static NoteView of(RectificationNote n) {
            return new NoteView(n.id, n.notedOn, n.note, n.recordedBy, n.recordedAt);
        }
    }

    @Schema(name = "RectificationStep", description = "One step of a case")
    public record StepView(
            @Schema(required = true) UUID id,
            @Schema(required = true) RectificationAction action,
            RectificationStatus fromStatus,
            @Schema(required = true) RectificationStatus toStatus,
            @Schema(required = true, description = "The day it happened") LocalDate occurredOn,
            String reason,
            String evidenceRef,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {

        public static StepView of(RectificationStep s) {
            return new StepView(s.id, s.action, s.fromStatus, s.toStatus, s.occurredOn, s.reason, s.evidenceRef,
                    s.recordedBy, s.recordedAt);
        }
    }

    @Schema(name = "RectificationAllowedAction")
    public record AllowedAction(
            @Schema(required = true) RectificationAction action,
            @Schema(required = true) RectificationStatus toStatus,
            @Schema(required = true) Reach requiredReach,
            @Schema(required = true, description = "False while a rule holds it back; blockedBy says which") boolean available,
            String blockedBy) {}

    @Schema(name = "RectificationAllowedActions")
    public record AllowedActions(
            @Schema(required = true) UUID rectificationId,
            @Schema(required = true) RectificationStatus status,
            @Schema(required = true) long version,
            @Schema(required = true) LocalDate occurredOn,
            @Schema(required = true, maxItems = 5) List<AllowedAction> actions) {}

    @Schema(name = "RectificationCounts", description = "Weak-and-lax cases of a subtree's villages in one year, counted "
            + "by the days things happened, up to periodEnd")
    public record Counts(
            @Schema(required = true) UUID orgUnitId,
            @Schema(required = true) String orgUnitName,
            @Schema(required = true) int year,
            @Schema(required = true, description = "The year's last day, or today while the year runs") LocalDate periodEnd,
            @Schema(required = true, description = "Cases identified (identifiedOn) in the year") long opened,
            @Schema(required = true, description = "Cases closed out (a CLOSE_OUT step dated) in the year, each counted once "
                    + "(the article: 35 in 2020)") long closedOut,
            @Schema(required = true, description = "Cases identified on or before periodEnd and not closed out on it "
                    + "(their latest step dated on or before it is OPEN or REOPEN)") long openAtPeriodEnd,
            @Schema(required = true, description = "Cases identified in the year whose four-ones cover is complete now")
            long openedWithFullFourOnes,
            @Schema(required = true, description = "Problems raised (raisedOn) in the year") long problemsRaised,
            @Schema(required = true, description = "Problems resolved (resolvedOn) in the year") long problemsResolved) {}
}
