package cn.shenyang.grassroots.rural.stats;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.rating.DemonstrationLevel;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collective-income-stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collective income statistics", description = "Indicators of village collective incomes for any subtree and year")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class IncomeStatsResource {
    static final int MAX_THRESHOLDS = 10;
    static final BigDecimal MAX_THRESHOLD = new BigDecimal("999999999999.99");

    @Inject
    IncomeStatsQueries queries;

    @Inject
    IncomeConfig config;

    @Inject
    Today today;

    @GET
    @Operation(operationId = "getCollectiveIncomeStats", summary = "Collective-income indicators of a subtree for a year",
            description = "Villages reporting, hollow villages and those cleared, villages at or above each threshold, "
                    + "newly above it and the year-on-year change of that count, villages whose income rose by more than "
                    + "it, total and median income and the total by source. Only CONFIRMED figures count unless "
                    + "status=ANY; exact for any subtree inside your scope. Each figure's definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = CollectiveIncomeStats.class)))
    public CollectiveIncomeStats stats(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The income year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @Parameter(description = "CONFIRMED (default) or ANY") @QueryParam("status") IncomeStatsStatus status,
            @Parameter(description = "Count only the villages with this rating for the year (BASIC, UPGRADED, DEMONSTRATION)")
            @QueryParam("demonstrationRating") DemonstrationLevel demonstrationRating,
            @Parameter(description = "Thresholds in yuan (repeat the parameter, at most 10); default the configured ones "
                    + "(50000, 200000, 1000000)", schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_THRESHOLDS,
                    implementation = BigDecimal.class))
            @QueryParam("threshold") List<BigDecimal> threshold) {
        return queries.subtree(ask(orgUnitId, year, status, demonstrationRating, threshold));
    }

    @GET
    @Path("/townships")
    @Operation(operationId = "listTownshipIncomeStats", summary = "The indicators per township of a subtree for a year",
            description = "The per-township table: for each parent unit (乡, 镇, 街道) of the subtree's villages, ordered "
                    + "by name, the same figures as getCollectiveIncomeStats over its villages.")
    @APIResponse(responseCode = "200", description = "A page of townships",
            content = @Content(schema = @Schema(implementation = TownshipFiguresPage.class)))
    public Page<CollectiveIncomeStats.TownshipFigures> townships(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The income year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @Parameter(description = "CONFIRMED (default) or ANY") @QueryParam("status") IncomeStatsStatus status,
            @Parameter(description = "Count only the villages with this rating for the year")
            @QueryParam("demonstrationRating") DemonstrationLevel demonstrationRating,
            @Parameter(description = "Thresholds in yuan (repeat the parameter, at most 10); default the configured ones",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_THRESHOLDS, implementation = BigDecimal.class))
            @QueryParam("threshold") List<BigDecimal> threshold,
            @Valid @BeanParam PageRequest page) {
        return queries.townships(ask(orgUnitId, year, status, demonstrationRating, threshold), page);
    }

    @GET
    @Path("/villages")
    @Operation(operationId = "listVillageIncomeGrowth", summary = "Each village's income and its year-on-year growth",
            description = "Every village of the subtree (reported or not) with its counted income for the year and the "
                    + "previous year, the change and the growth rate, and the status of its return for the year.")
    @APIResponse(responseCode = "200", description = "A page of villages",
            content = @Content(schema = @Schema(implementation = VillageGrowthPage.class)))
    public Page<CollectiveIncomeStats.VillageGrowth> villages(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The income year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @Parameter(description = "CONFIRMED (default) or ANY") @QueryParam("status") IncomeStatsStatus status,
            @Parameter(description = "Only the villages with this rating for the year")
            @QueryParam("demonstrationRating") DemonstrationLevel demonstrationRating,
            @Parameter(description = "name (default), income, change, growthRate; '-' prefix for descending; villages "
                    + "without the figure come last") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.villages(ask(orgUnitId, year, status, demonstrationRating, null), sort, page);
    }

    private IncomeStatsQueries.Ask ask(UUID orgUnitId, Integer year, IncomeStatsStatus status, DemonstrationLevel rating,
            List<BigDecimal> thresholds) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        int y = today.pastYear(year);
        if (rating != null && !rating.unitLevels().contains("VILLAGE")) {
            throw ProblemException.invalid("demonstrationRating", rating + " rates townships, not villages");
        }
        return new IncomeStatsQueries.Ask(orgUnitId, y, status == null ? IncomeStatsStatus.CONFIRMED : status, rating,
                thresholds(thresholds));
    }

    private List<BigDecimal> thresholds(List<BigDecimal> asked) {
        if (asked == null || asked.isEmpty()) {
            return config.thresholds();
        }
        if (asked.size() > MAX_THRESHOLDS) {
            throw ProblemException.invalid("threshold", "at most " + MAX_THRESHOLDS + " thresholds");
        }
        for (BigDecimal t : asked) {
            if (t == null || t.signum() < 0 || t.compareTo(MAX_THRESHOLD) > 0 || t.stripTrailingZeros().scale() > 2) {
                throw ProblemException.invalid("threshold", "each must be 0 to " + MAX_THRESHOLD.toPlainString()
                        + " yuan with at most 2 decimals");
            }
        }
        return asked;
    }

    @Schema(name = "TownshipIncomeFiguresPage")
    public record TownshipFiguresPage(
            @Schema(required = true, maxItems = 200) List<CollectiveIncomeStats.TownshipFigures> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "VillageIncomeGrowthPage")
    public record VillageGrowthPage(
            @Schema(required = true, maxItems = 200) List<CollectiveIncomeStats.VillageGrowth> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}
