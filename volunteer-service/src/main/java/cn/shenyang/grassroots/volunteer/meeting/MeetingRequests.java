package cn.shenyang.grassroots.volunteer.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MeetingRequests {
    private MeetingRequests() {}

    @Schema(name = "TripartiteDecisionInput")
    public record Decision(
            @NotBlank @Size(max = 1000) String content,
            @Schema(description = "Which of the three parties carries it out") @NotNull TripartiteParty responsibleParty,
            @Schema(description = "When it should be done; not before the meeting") LocalDate dueOn) {}

    @Schema(name = "CreateTripartiteMeeting", description = "A meeting as held: who came for each party, the topics and the decisions")
    public record Create(
            @Schema(description = "Default today; never in the future") LocalDate heldOn,
            @Schema(description = "Who attended for the community") @NotBlank @Size(max = 100) String communityAttendee,
            @Schema(description = "Who attended for the property company") @NotBlank @Size(max = 100) String companyAttendee,
            @Schema(description = "Who attended for the owners' committee") @NotBlank @Size(max = 100) String committeeAttendee,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> topics,
            @Size(max = 50) List<@Valid @NotNull Decision> decisions,
            @Schema(description = "Reference to the minutes") @Size(max = 500) String minutesRef) {}

    @Schema(name = "FollowUpTripartiteDecision")
    public record FollowUp(
            @NotNull FollowUpStatus status,
            @Schema(description = "Default today; never in the future or before the decision's current status began")
            LocalDate occurredOn,
            @Schema(description = "What was done; required for DROPPED") @Size(max = 1000) String note) {}
}
