package cn.shenyang.grassroots.cadre.mentoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about mentorships and talks. */
public final class MentoringRequests {
    private MentoringRequests() {}

    @Schema(name = "CreateMentorship")
    public record CreateMentorship(
            @NotNull UUID cadreId,
            @NotNull MentorLevel level,
            @NotBlank @Size(max = 100) String mentorName,
            @Schema(description = "e.g. 镇党委副书记, 村党支部书记") @Size(max = 100) String mentorPosition,
            @Schema(description = "Defaults to today") LocalDate startsOn) {}

    @Schema(name = "UpdateMentorship", description = "Set endsOn to end the mentorship (a new mentor can then be assigned)")
    public record UpdateMentorship(
            @NotBlank @Size(max = 100) String mentorName,
            @Size(max = 100) String mentorPosition,
            LocalDate endsOn) {}

    @Schema(name = "CreateTalkRecord", description = "A mentor's talk (with mentorshipId) or the township Party secretary's")
    public record CreateTalkRecord(
            @NotNull UUID cadreId,
            @NotNull TalkerRole talkerRole,
            @Schema(description = "Required for TOWNSHIP_MENTOR and VILLAGE_MENTOR; must be empty for TOWNSHIP_SECRETARY")
            UUID mentorshipId,
            @Schema(description = "Required for TOWNSHIP_SECRETARY; defaults to the mentor's name") @Size(max = 100) String talkerName,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 2000) String summary) {}
}
