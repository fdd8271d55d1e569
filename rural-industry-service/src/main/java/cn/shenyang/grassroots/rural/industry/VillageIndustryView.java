package cn.shenyang.grassroots.rural.industry;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VillageIndustry", description = "An industry or product of a village")
public record VillageIndustryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID villageId,
        @Schema(required = true) String name,
        @Schema(required = true) IndustryCategory category,
        @Schema(required = true, description = "The village's leading industry (一村一业/一村一品)") boolean leading,
        @Schema(required = true, description = "Greenhouse area, hectares") BigDecimal greenhouseAreaHectares,
        @Schema(required = true) int householdsInvolved,
        @Schema(required = true) LocalDate startedOn,
        @Schema(description = "The last day it ran; null while it runs") LocalDate endedOn,
        String description,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static VillageIndustryView of(VillageIndustry i) {
        return new VillageIndustryView(i.id, i.villageId, i.name, i.category, i.leadingIndustry, i.greenhouseAreaHectares,
                i.householdsInvolved, i.startedOn, i.endedOn, i.description, i.version, i.createdAt, i.createdBy,
                i.updatedAt, i.updatedBy);
    }

    @Schema(name = "VillageIndustryCoverage", description = "\"One village, one product\" in a subtree on one day. An "
            + "industry runs on a day from its startedOn to its endedOn, both included. Rates are decimals rounded "
            + "half-up to 4 places, null when the denominator is 0")
    public record Coverage(
            @Schema(required = true) UUID orgUnitId,
            @Schema(required = true) String orgUnitName,
            @Schema(required = true, description = "The day counted") LocalDate asOf,
            @Schema(required = true, description = "Active VILLAGE units in the subtree") long villages,
            @Schema(required = true, description = "Of those villages, the ones with a leading industry running on asOf")
            long villagesWithLeadingIndustry,
            @Schema(description = "villagesWithLeadingIndustry / villages (the article: over 80 % of Xinmin's villages)")
            BigDecimal coverage,
            @Schema(required = true, description = "Industries of the subtree's villages running on asOf, leading or not")
            long industries,
            @Schema(required = true, description = "The greenhouse area of those industries, hectares")
            BigDecimal greenhouseAreaHectares,
            @Schema(required = true, description = "The households taking part in those industries (summed over "
                    + "industries: a household in two counts twice)") long householdsInvolved,
            @Schema(required = true, maxItems = 20, description = "The same by category; categories with no industry running "
                    + "are left out") List<CategoryCoverage> byCategory) {}

    @Schema(name = "VillageIndustryCategoryCoverage")
    public record CategoryCoverage(
            @Schema(required = true) IndustryCategory category,
            @Schema(required = true, description = "Active villages whose leading industry running on asOf is of this category")
            long villagesLed,
            @Schema(required = true, description = "Industries of this category running on asOf") long industries,
            @Schema(required = true, description = "Their greenhouse area, hectares") BigDecimal greenhouseAreaHectares,
            @Schema(required = true, description = "Their households taking part") long householdsInvolved) {}
}
