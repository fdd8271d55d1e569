package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cooperative", description = "A farmer cooperative or family farm and the person who leads it")
public record CooperativeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID villageId,
        @Schema(required = true) CooperativeKind kind,
        @Schema(required = true) String name,
        String registrationCode,
        String industry,
        @Schema(required = true) String leaderName,
        @Schema(required = true) LeaderRole leaderRole,
        @Schema(required = true, description = "Led by a village cadre (村干部领办): leaderRole is not NOT_A_CADRE")
        boolean cadreLed,
        @Schema(description = "Masked (210181********123X) unless your role may read personal data") String leaderIdNumber,
        @Schema(required = true) LocalDate foundedOn,
        LocalDate dissolvedOn,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static CooperativeView of(Cooperative c, boolean personalData) {
        return new CooperativeView(c.id, c.villageId, c.kind, c.name, c.registrationCode, c.industry, c.leaderName,
                c.leaderRole, c.leaderRole.villageCadre(),
                personalData ? c.leaderIdNumber : Masking.idNumber(c.leaderIdNumber), c.foundedOn, c.dissolvedOn,
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    @Schema(name = "CooperativeResult", description = "A cooperative's results for one year")
    public record ResultView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID cooperativeId,
            @Schema(required = true) int year,
            @Schema(required = true, description = "Households linked in the year") int linkedHouseholds,
            @Schema(required = true, description = "Income increase attributed in the year, yuan") BigDecimal incomeIncrease,
            String evidenceRef,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true) String updatedBy) implements Versioned {

        public static ResultView of(CooperativeResult r) {
            return new ResultView(r.id, r.cooperativeId, r.year, r.linkedHouseholds, r.incomeIncrease, r.evidenceRef,
                    r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
        }
    }

    @Schema(name = "CooperativeTotals", description = "Cooperatives and family farms of a subtree's villages in one year. "
            + "A cooperative counts in a year when it was founded on or before the year's last day and not dissolved "
            + "before its first day; results are those recorded for the year")
    public record Totals(
            @Schema(required = true) UUID orgUnitId,
            @Schema(required = true) String orgUnitName,
            @Schema(required = true) int year,
            @Schema(required = true, description = "Farmer cooperatives existing in the year") long farmerCooperatives,
            @Schema(required = true, description = "Family farms existing in the year") long familyFarms,
            @Schema(required = true, description = "Cooperatives and family farms existing in the year and led by a village "
                    + "cadre (leaderRole other than NOT_A_CADRE)") long cadreLed,
            @Schema(required = true, description = "The village cadres leading them (村干部领办, the article's 478): distinct "
                    + "by leaderIdNumber; a leader without one counts once per cooperative") long leadingCadres,
            @Schema(required = true, description = "Households linked in the year, summed over the cooperatives' results")
            long linkedHouseholds,
            @Schema(required = true, description = "Income increase attributed in the year, summed over the results, yuan")
            BigDecimal incomeIncrease,
            @Schema(required = true, description = "linkedHouseholds of the cadre-led ones only (the article: over 25,000 "
                    + "households linked by the cadres' cooperatives)") long cadreLedLinkedHouseholds,
            @Schema(required = true, description = "incomeIncrease of the cadre-led ones only, yuan (the article: 120 "
                    + "million)") BigDecimal cadreLedIncomeIncrease,
            @Schema(required = true, description = "Cooperatives existing in the year with results recorded for it")
            long withResults) {}
}
