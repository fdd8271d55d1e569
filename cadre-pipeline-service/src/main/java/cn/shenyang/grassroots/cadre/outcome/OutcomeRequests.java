package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about a cadre's outcomes. */
public final class OutcomeRequests {
    private OutcomeRequests() {}

    @Schema(name = "RecordPartyStep", description = "The next step into the Party: ACTIVIST, then PROBATIONARY, then MEMBER")
    public record RecordPartyStep(
            @NotNull PartyStatus step,
            @Schema(description = "The day of the step; defaults to today. Never in the future, never before the "
                    + "previous Party step or the cadre's admission to the pool")
            LocalDate occurredOn) {}

    @Schema(name = "RecordElection", description = "A later election of a cadre who already left the pool by election "
            + "(the first one is the ELECT workflow step)")
    public record RecordElection(
            @NotNull Committee committee,
            @Schema(description = "The day of the election; defaults to today. Never in the future, never before the "
                    + "cadre's latest election")
            LocalDate occurredOn,
            @Size(max = 500) String note) {}

    @Schema(name = "SetDoubleExcellent", description = "The \"double-excellent\" preferential flags")
    public record SetDoubleExcellent(
            @Schema(description = "Recommend for Party admission with priority (only for non-members)") boolean preferPartyAdmission,
            @Schema(description = "Nominate with priority at elections") boolean preferNomination,
            @Size(max = 500) String note) {}
}
