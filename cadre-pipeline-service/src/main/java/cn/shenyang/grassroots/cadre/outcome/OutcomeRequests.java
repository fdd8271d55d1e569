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
    public record RecordPartyStep(@NotNull PartyStatus step, @NotNull LocalDate on) {}

    @Schema(name = "RecordElection")
    public record RecordElection(@NotNull Committee committee, @NotNull LocalDate electedOn) {}

    @Schema(name = "SetDoubleExcellent", description = "The \"double-excellent\" preferential flags")
    public record SetDoubleExcellent(
            @Schema(description = "Recommend for Party admission with priority (only for non-members)") boolean preferPartyAdmission,
            @Schema(description = "Nominate with priority at elections") boolean preferNomination,
            @Size(max = 500) String note) {}
}
