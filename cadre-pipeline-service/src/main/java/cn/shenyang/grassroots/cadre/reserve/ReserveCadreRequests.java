package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about reserve cadres; id, stage, version and audit fields are never accepted. */
public final class ReserveCadreRequests {
    private ReserveCadreRequests() {}

    static final String ID_NUMBER = "\\d{17}[\\dX]";
    static final String PHONE = "1\\d{10}";

    @Schema(name = "CreateReserveCadre")
    public record CreateReserveCadre(
            @NotBlank @Size(max = 100) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @Schema(description = "18-character resident ID number; personal data")
            @NotNull @Size(max = 18) @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check digit or X") String idNumber,
            @Schema(description = "Mainland mobile number; personal data")
            @Size(max = 11) @Pattern(regexp = PHONE, message = "must be an 11-digit mobile number") String phone,
            @NotNull Education education,
            @NotNull PartyStatus partyStatus,
            @Schema(description = "The village (org unit of level VILLAGE) the candidate is reserved for")
            @NotNull UUID villageId,
            @NotNull CadreSource source,
            @NotNull RecommendationChannel channel,
            @Schema(description = "The day of recommendation (the RECOMMEND step's occurredOn); defaults to today, never in "
                    + "the future. Its year is the selection year")
            LocalDate recommendedOn,
            @Size(max = 1000) String reason,
            @Size(max = 500) String evidenceRef) {}

    /** Replaces the person's details; stage and outcomes change only through their own endpoints. */
    @Schema(name = "UpdateReserveCadre")
    public record UpdateReserveCadre(
            @NotBlank @Size(max = 100) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @NotNull @Size(max = 18) @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check digit or X") String idNumber,
            @Size(max = 11) @Pattern(regexp = PHONE, message = "must be an 11-digit mobile number") String phone,
            @NotNull Education education,
            @NotNull UUID villageId,
            @NotNull CadreSource source,
            @NotNull RecommendationChannel channel) {}

    @Schema(name = "PerformReserveCadreAction", description = "One workflow step; which extra fields are needed depends on the action")
    public record PerformAction(
            @NotNull Stage.Action action,
            @Schema(description = "The day the step happened; defaults to today. Never in the future, never before the "
                    + "cadre's previous step; the step's rules are judged as of this day")
            LocalDate occurredOn,
            @Schema(description = "Why; required for REJECT, WITHDRAW and REMOVE") @Size(max = 1000) String reason,
            @Schema(description = "Reference to the minutes, report or file that backs the step") @Size(max = 500) String evidenceRef,
            @Schema(description = "QUALIFY: negative-list findings of the screening (empty when none)")
            @Size(max = 7, message = "lists each of the 7 negative-list items at most once") List<@NotNull NegativeListItem> negativeListFindings,
            @Schema(description = "NOMINATE: votes for the candidate") @Min(0) Integer votesFor,
            @Schema(description = "NOMINATE: votes cast") @Min(1) Integer votesCast,
            @Schema(description = "INSPECT: the inspection report") @Size(max = 4000) String inspectionReport,
            @Schema(description = "INSPECT: written-test score, 0–100")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal writtenTestScore,
            @Schema(description = "INSPECT: interview score, 0–100")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal interviewScore,
            @Schema(description = "PUBLICIZE: first day of the window; defaults to occurredOn and may not precede it")
            LocalDate publicityStartsOn,
            @Schema(description = "ELECT: the committee the cadre was elected to") Committee committee) {}
}
