package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.volunteer.volunteer.VolunteerRequests;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OpinionRequests {
    private OpinionRequests() {}

    @Schema(name = "CreateOpinion", description = "An opinion received at a studio, by mail, at an interview meeting or an open day")
    public record Create(
            @Schema(description = "The studio that received it") @NotNull UUID studioId,
            @NotNull OpinionChannel channel,
            @Schema(description = "For OPEN_DAY: the studio's open day it was raised at (required then, and only then)") UUID openDayId,
            @NotNull OpinionCategory category,
            @Schema(description = "Who raised it") @NotBlank @Size(max = 100) String raisedByName,
            @Schema(description = "Their mobile number, for the reply; personal data", maxLength = 11)
            @Pattern(regexp = VolunteerRequests.PHONE, message = "must be an 11-digit mobile number starting with 1") String raisedByPhone,
            @NotBlank @Size(max = 4000) String content,
            @Schema(description = "Default today (the open day's date for OPEN_DAY); never in the future, never before the "
                    + "open day") LocalDate receivedOn) {}

    @Schema(name = "PerformOpinionAction", description = "One step of an opinion's handling; which extra field is needed depends on the action")
    public record Perform(
            @NotNull OpinionStatus.Action action,
            @Schema(description = "The day it happened; default today, never in the future or before the previous step")
            LocalDate occurredOn,
            @Schema(description = "ASSIGN: the representative who takes it on (serving on occurredOn)") UUID representativeId,
            @Schema(description = "COORDINATE: the departments and what they are asked") @Size(max = 2000) String coordinationNote,
            @Schema(description = "RESOLVE: how it was resolved") @Size(max = 2000) String resolution,
            @Schema(description = "CONVERT_TO_PROPOSAL: the number of the proposal or motion") @Size(max = 50) String proposalNumber,
            @Schema(description = "DECLINE: why") @Size(max = 1000) String reason,
            @Schema(description = "REPLY: what the person who raised it was told") @Size(max = 2000) String reply) {}
}
