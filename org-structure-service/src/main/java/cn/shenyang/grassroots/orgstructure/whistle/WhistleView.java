package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whistle as callers see it. */
@Schema(name = "Whistle")
public record WhistleView(
        UUID id,
        UUID communityId,
        UUID categoryId,
        String title,
        String description,
        WhistleRequests.Location location,
        Urgency urgency,
        List<String> photoUrls,
        WhistleStatus status,
        Escalation escalation,
        @Schema(description = "When the community raised it") OffsetDateTime raisedAt,
        UUID leadDepartmentId,
        @Schema(description = "When the current deadlines started: the latest dispatch, or the reopening after a rating under 3")
        OffsetDateTime dispatchedAt,
        @Schema(description = "The current lead department's check-in deadline") OffsetDateTime checkInDeadline,
        OffsetDateTime resolveDeadline,
        @Schema(description = "Open (DISPATCHED or IN_PROGRESS) with the lead's check-in or the resolution deadline passed")
        boolean overdue,
        Integer rating,
        List<Assignment> assignments,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    @Schema(name = "WhistleAssignment")
    public record Assignment(
            UUID departmentId,
            WhistleAssignment.Role role,
            OffsetDateTime assignedAt,
            OffsetDateTime checkInDeadline,
            OffsetDateTime checkedInAt,
            @Schema(description = "Checked in at or before the deadline; null until checked in") Boolean checkedInOnTime,
            OffsetDateTime resultReportedAt,
            OffsetDateTime returnedAt,
            @Schema(description = "False once the whistle was returned and dispatched anew") boolean active) {

        static Assignment of(WhistleAssignment a) {
            return new Assignment(a.departmentId, a.role, a.assignedAt, a.checkInDeadline, a.checkedInAt,
                    a.checkedInAt == null ? null : a.onTime(), a.resultReportedAt, a.returnedAt, a.active);
        }
    }

    static WhistleView of(Whistle w, List<WhistleAssignment> assignments, OffsetDateTime now) {
        return new WhistleView(w.id, w.communityId, w.categoryId, w.title, w.description,
                new WhistleRequests.Location(w.address, w.latitude, w.longitude), w.urgency,
                w.photoUrls == null ? List.of() : List.of(w.photoUrls), w.status, w.escalation, w.raisedAt,
                w.leadDepartmentId, w.dispatchedAt, w.checkInDeadline, w.resolveDeadline,
                Escalation.due(w.status, w.dispatchedAt, w.checkInDeadline, w.resolveDeadline, now) != Escalation.NONE,
                w.rating, assignments.stream().map(Assignment::of).toList(), w.version, w.createdAt, w.createdBy,
                w.updatedAt, w.updatedBy);
    }

    @Schema(name = "WhistleStep")
    public record Step(long seq, String action, WhistleStatus fromStatus, WhistleStatus toStatus, UUID departmentId,
            @Schema(description = "When it happened") OffsetDateTime occurredAt, String note, Integer rating,
            String recordedBy, @Schema(description = "When it was entered") OffsetDateTime recordedAt) {

        static Step of(WhistleStep s) {
            return new Step(s.seq, s.action, s.fromStatus, s.toStatus, s.departmentId, s.occurredAt, s.note, s.rating,
                    s.recordedBy, s.recordedAt);
        }
    }

    @Schema(name = "WhistleAllowedAction")
    public record AllowedAction(WhistleStatus.Action action, WhistleStatus to,
            @Schema(description = "The department you would act for, for department steps") UUID departmentId) {}

    @Schema(name = "WhistleActionOptions")
    public record AllowedActions(UUID whistleId, WhistleStatus status, long version, List<AllowedAction> actions) {}
}
