package cn.shenyang.grassroots.rural.rectification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about weak-and-lax rectification cases. */
public final class RectificationRequests {
    private RectificationRequests() {}

    @Schema(name = "FourOnesCover", description = "The \"four ones\" of a case: references (ids) to org-structure's "
            + "responsibility assignments — a city leader who links the village, a township leader who covers it, a first "
            + "secretary stationed in it, an agency paired with it; null where none is assigned yet")
    public record FourOnesInput(
            @Schema(description = "1名市级领导班子成员联村") UUID cityLeaderAssignmentId,
            @Schema(description = "1名乡镇领导班子成员包村") UUID townshipLeaderAssignmentId,
            @Schema(description = "1名第一书记驻村") UUID firstSecretaryAssignmentId,
            @Schema(description = "1个市以上机关单位结对") UUID pairedAgencyAssignmentId) {}

    @Schema(name = "NewRectificationProblem", description = "A problem with its one countermeasure and owner")
    public record ProblemInput(
            @Schema(required = true) @NotNull WeaknessCategory category,
            @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String description,
            @Schema(required = true, maxLength = 2000, description = "The one countermeasure (一个问题一个对策)")
            @NotBlank @Size(max = 2000) String countermeasure,
            @Schema(required = true, maxLength = 100, description = "Who answers for it") @NotBlank @Size(max = 100) String owner,
            @Schema(description = "The day it was found; default the case's identifiedOn for a new case, today for a "
                    + "problem added later; never before the case was identified, never in the future") LocalDate raisedOn) {}

    @Schema(name = "CreateRectification", description = "A weak-and-lax village party organisation's case for the year "
            + "of identifiedOn, with its plan (一个基层党组织一个方案) and its problems")
    public record CreateRectification(
            @Schema(required = true, description = "The village (org unit of level VILLAGE) whose party organisation is "
                    + "weak and lax; one case per village and year") @NotNull UUID villageId,
            @Schema(description = "The day it was identified; default today, never in the future. Its year is the case's year")
            LocalDate identifiedOn,
            @Schema(required = true, maxLength = 4000, description = "The rectification plan") @NotBlank @Size(max = 4000)
            String planSummary,
            @Schema(description = "The four-ones cover; may be completed later") @Valid FourOnesInput fourOnes,
            @Schema(required = true, minItems = 1, maxItems = 50) @NotNull @Size(min = 1, max = 50)
            List<@NotNull @Valid ProblemInput> problems) {}

    @Schema(name = "UpdateRectificationPlan", description = "Replaces the plan and the four-ones cover of a case being rectified")
    public record UpdatePlan(
            @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String planSummary,
            @Schema(required = true) @NotNull @Valid FourOnesInput fourOnes) {}

    @Schema(name = "ResolveRectificationProblem", description = "A problem resolved, on a day")
    public record ResolveProblem(
            @Schema(description = "The day it was resolved; default today; never before it was raised, never in the future")
            LocalDate resolvedOn,
            @Schema(required = true, maxLength = 2000, description = "What was done") @NotBlank @Size(max = 2000)
            String resolution) {}

    @Schema(name = "CreateRectificationNote", description = "A progress note")
    public record AddNote(
            @Schema(description = "The day it describes; default today; never before the case was identified, never in "
                    + "the future") LocalDate notedOn,
            @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String note) {}

    @Schema(name = "PerformRectificationAction", description = "CLOSE_OUT (every problem resolved) or REOPEN (reason required)")
    public record PerformAction(
            @Schema(required = true) @NotNull RectificationAction action,
            @Schema(description = "The day it happened; default today; never before the case's previous step or the "
                    + "last problem's resolution, never in the future") LocalDate occurredOn,
            @Schema(description = "Why; required for REOPEN", maxLength = 1000) @Size(max = 1000) String reason,
            @Schema(description = "The close-out acceptance record or other file", maxLength = 500) @Size(max = 500)
            String evidenceRef) {}
}
