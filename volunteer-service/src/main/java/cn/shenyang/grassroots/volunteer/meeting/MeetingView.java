package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TripartiteMeeting")
public record MeetingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID compoundId,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) String communityAttendee,
        @Schema(required = true) String companyAttendee,
        @Schema(required = true) String committeeAttendee,
        @Schema(required = true, maxItems = 20) List<String> topics,
        @Schema(required = true, maxItems = 50) List<DecisionView> decisions,
        String minutesRef,
        @Schema(required = true, description = "Who entered it") String recordedBy,
        @Schema(required = true, description = "When it was entered") OffsetDateTime recordedAt) {

    public static MeetingView of(TripartiteMeeting m, List<String> topics, List<DecisionView> decisions) {
        return new MeetingView(m.id, m.compoundId, m.heldOn, m.communityAttendee, m.companyAttendee, m.committeeAttendee,
                topics, decisions, m.minutesRef, m.recordedBy, m.recordedAt);
    }

    @Schema(name = "TripartiteDecision")
    public record DecisionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID meetingId,
            @Schema(required = true, maxLength = 1000) String content,
            @Schema(required = true) TripartiteParty responsibleParty,
            LocalDate dueOn,
            @Schema(required = true) FollowUpStatus status,
            @Schema(required = true, description = "The day it reached its status") LocalDate statusOn,
            @Schema(required = true, description = "Past dueOn and not DONE or DROPPED") boolean overdue,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true) String updatedBy) implements Versioned {
        public static DecisionView of(TripartiteDecision d, LocalDate today) {
            return new DecisionView(d.id, d.meetingId, d.content, d.responsibleParty, d.dueOn, d.status, d.statusOn,
                    d.dueOn != null && d.dueOn.isBefore(today) && !d.status.isFinal(), d.version, d.createdAt, d.createdBy,
                    d.updatedAt, d.updatedBy);
        }
    }

    @Schema(name = "TripartiteDecisionFollowUp")
    public record FollowUpView(
            @Schema(required = true) UUID id,
            @Schema(required = true) FollowUpStatus fromStatus,
            @Schema(required = true) FollowUpStatus toStatus,
            @Schema(required = true) LocalDate occurredOn,
            String note,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {
        public static FollowUpView of(DecisionFollowUp f) {
            return new FollowUpView(f.id, f.fromStatus, f.toStatus, f.occurredOn, f.note, f.recordedBy, f.recordedAt);
        }
    }
}
