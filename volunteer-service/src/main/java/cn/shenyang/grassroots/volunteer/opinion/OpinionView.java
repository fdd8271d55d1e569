package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Opinion")
public record OpinionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID studioId,
        @Schema(required = true) OpinionChannel channel,
        UUID openDayId,
        @Schema(required = true) OpinionCategory category,
        @Schema(required = true, maxLength = 100) String raisedByName,
        @Schema(maxLength = 11, description = "Masked (138****5678) unless your role may read personal data") String raisedByPhone,
        @Schema(required = true, maxLength = 4000) String content,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true) OpinionStatus status,
        @Schema(required = true, description = "The day of the latest step") LocalDate statusOn,
        UUID assignedRepresentativeId,
        String coordinationNote,
        String resolution,
        String proposalNumber,
        String declineReason,
        String reply,
        LocalDate repliedOn,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static OpinionView of(Opinion o, boolean personalData) {
        return new OpinionView(o.id, o.studioId, o.channel, o.openDayId, o.category, o.raisedByName,
                personalData ? o.raisedByPhone : Masking.phone(o.raisedByPhone), o.content, o.receivedOn, o.status,
                o.statusOn, o.assignedRepresentativeId, o.coordinationNote, o.resolution, o.proposalNumber,
                o.declineReason, o.reply, o.repliedOn, o.version, o.createdAt, o.createdBy, o.updatedAt, o.updatedBy);
    }

    @Schema(name = "OpinionStep", description = "One step of an opinion's handling")
    public record StepView(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for the receipt") OpinionStatus.Action action,
            OpinionStatus fromStatus,
            @Schema(required = true) OpinionStatus toStatus,
            @Schema(required = true, description = "The day it happened; statistics use it") LocalDate occurredOn,
            String note,
            @Schema(required = true, description = "Who entered it") String recordedBy,
            @Schema(required = true, description = "When it was entered") OffsetDateTime recordedAt) {
        public static StepView of(OpinionStep s) {
            return new StepView(s.id, s.action, s.fromStatus, s.toStatus, s.occurredOn, s.note, s.recordedBy, s.recordedAt);
        }
    }

    @Schema(name = "OpinionAllowedAction", description = "An action the table offers your role in the opinion's status")
    public record AllowedAction(
            @Schema(required = true) OpinionStatus.Action action,
            @Schema(required = true) OpinionStatus toStatus,
            @Schema(required = true, description = "False while a rule holds it back; blockedBy says which") boolean available,
            String blockedBy) {}

    @Schema(name = "OpinionActionOptions")
    public record AllowedActions(
            @Schema(required = true) UUID opinionId,
            @Schema(required = true) OpinionStatus status,
            @Schema(required = true) long version,
            @Schema(required = true, description = "The day the rules were judged on") LocalDate occurredOn,
            @Schema(required = true, maxItems = 6) List<AllowedAction> actions) {}
}
