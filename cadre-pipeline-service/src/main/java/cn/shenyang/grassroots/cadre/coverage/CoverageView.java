package cn.shenyang.grassroots.cadre.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is missing under a subtree on a day. */
public final class CoverageView {
    private CoverageView() {}

    @Schema(name = "ReserveCadreCoverage", description = "What the programme promises and who is missing, under a subtree "
            + "on asOf: a reserve cadre for every administrative village, a township and a village mentor for every "
            + "pool member, and 1+1 training (township rotation and village directed training) for every pool member "
            + "in the year. A pool member on asOf was admitted (ADMIT) on or before it and neither removed nor elected "
            + "on or before it.")
    public record Coverage(
            UUID orgUnitId,
            String orgUnitName,
            LocalDate asOf,
            @Schema(description = "Active org units of level VILLAGE (行政村) in the subtree") long villages,
            @Schema(description = "Pool members on asOf whose village lies in the subtree") long poolMembers,
            @Schema(description = "Villages none of whose cadres is a pool member on asOf") Gap villagesWithoutPoolMember,
            @Schema(description = "Pool members with no TOWNSHIP mentorship running on asOf (begun on or before it, "
                    + "not ended before it)") Gap withoutTownshipMentor,
            @Schema(description = "Pool members with no VILLAGE mentorship running on asOf") Gap withoutVillageMentor,
            @Schema(description = "Pool members with no TOWNSHIP_ROTATION training starting between 1 January of "
                    + "asOf's year and asOf") Gap withoutTownshipRotation,
            @Schema(description = "Pool members with no VILLAGE_DIRECTED training starting between 1 January of "
                    + "asOf's year and asOf") Gap withoutVillageDirected) {}

    @Schema(name = "ReserveCadreCoverageGap", description = "How many are missing, and the first page of them")
    public record Gap(CoverageGap gap, long count, List<Item> items) {}

    @Schema(name = "ReserveCadreCoverageItem", description = "A village (villagesWithoutPoolMember) or a pool member "
            + "(the other lists) that is missing something; villages are ordered by name, cadres by name")
    public record Item(
            @Schema(description = "The pool member; null in the list of villages") UUID cadreId,
            @Schema(description = "The pool member's name; null in the list of villages") String cadreName,
            UUID villageId,
            String villageName,
            @Schema(description = "The village's parent unit (镇, 乡 or 街道)") UUID townshipId,
            String townshipName) {}

    @Schema(name = "ReserveCadreCoveragePage")
    public record GapPage(CoverageGap gap, LocalDate asOf, List<Item> items, int page, int size, long totalItems) {}
}
