package cn.shenyang.grassroots.cadre.coverage;

import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reserve-cadre-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadre statistics")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CoverageResource {
    @Inject
    CoverageQueries queries;

    @Inject
    Today today;

    @GET
    @Operation(operationId = "getReserveCadreCoverage", summary = "Who is missing: villages without a reserve cadre, "
            + "pool members without mentors or without 1+1 training",
            description = "Counts of every gap under the subtree on asOf and the first page of each list; page through "
                    + "one list with GET …/reserve-cadre-coverage/{gap}. Each gap's definition is in the schema.")
    @APIResponse(responseCode = "200", description = "The gaps",
            content = @Content(schema = @Schema(implementation = CoverageView.Coverage.class)))
    public CoverageView.Coverage coverage(
            @Parameter(description = "The subtree (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The day (YYYY-MM-DD); default today, never in the future") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Items listed per gap, 1 to " + PageRequest.MAX_SIZE + " (default 20)")
            @QueryParam("size") Integer size) {
        int n = size == null ? 20 : size;
        if (n < 1 || n > PageRequest.MAX_SIZE) {
            throw ProblemException.invalid("size", "must be 1 to " + PageRequest.MAX_SIZE);
        }
        return queries.coverage(orgUnitId, day(orgUnitId, asOf), n);
    }

    @GET
    @Path("/{gap}")
    @Operation(operationId = "listReserveCadreCoverageGap", summary = "One coverage list, page by page")
    @APIResponse(responseCode = "200", description = "A page of the list",
            content = @Content(schema = @Schema(implementation = CoverageView.GapPage.class)))
    public CoverageView.GapPage gap(
            @Parameter(description = "Which list") @PathParam("gap") CoverageGap gap,
            @Parameter(description = "The subtree (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The day (YYYY-MM-DD); default today, never in the future") @QueryParam("asOf") LocalDate asOf,
            @Valid @BeanParam PageRequest page) {
        LocalDate day = day(orgUnitId, asOf);
        CoverageQueries.Found f = queries.find(orgUnitId, day, gap, page.offset(), page.size);
        return new CoverageView.GapPage(gap, day, f.items().get(gap), page.page, page.size, f.counts().get(gap));
    }

    private LocalDate day(UUID orgUnitId, LocalDate asOf) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (asOf != null && asOf.isAfter(today.date())) {
            throw ProblemException.invalid("asOf", "must not be in the future (today is " + today.date() + ")");
        }
        return asOf == null ? today.date() : asOf;
    }
}
