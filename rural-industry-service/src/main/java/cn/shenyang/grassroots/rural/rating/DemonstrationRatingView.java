package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DemonstrationRating", description = "A unit's demonstration rating for one year")
public record DemonstrationRatingView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The rated village or township-level unit") UUID orgUnitId,
        @Schema(required = true) int year,
        @Schema(required = true) DemonstrationLevel rating,
        @Schema(required = true, description = "The day the current rating was decided") LocalDate ratedOn,
        String evidenceRef,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static DemonstrationRatingView of(DemonstrationRating r) {
        return new DemonstrationRatingView(r.id, r.orgUnitId, r.year, r.rating, r.ratedOn, r.evidenceRef, r.version,
                r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
    }

    @Schema(name = "DemonstrationRatingChange", description = "A rating as it was set or changed")
    public record ChangeView(
            @Schema(required = true) UUID id,
            @Schema(description = "Null when the rating was first set") DemonstrationLevel fromRating,
            @Schema(required = true) DemonstrationLevel toRating,
            @Schema(required = true, description = "The day it was decided") LocalDate ratedOn,
            String reason,
            String evidenceRef,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {

        public static ChangeView of(RatingChange c) {
            return new ChangeView(c.id, c.fromRating, c.toRating, c.ratedOn, c.reason, c.evidenceRef, c.recordedBy,
                    c.recordedAt);
        }
    }

    @Schema(name = "DemonstrationRatingCounts", description = "Ratings of one year in a subtree. Ratings count whatever the "
            + "unit's status today; villages and townships count the units active today")
    public record Counts(
            @Schema(required = true) UUID orgUnitId,
            @Schema(required = true) String orgUnitName,
            @Schema(required = true) int year,
            @Schema(required = true, description = "Active VILLAGE units in the subtree") long villages,
            @Schema(required = true, description = "Villages of the subtree rated for the year, any rating") long ratedVillages,
            @Schema(required = true, description = "Villages rated BASIC (基本型) for the year") long basic,
            @Schema(required = true, description = "Villages rated UPGRADED (提升型) for the year") long upgraded,
            @Schema(required = true, description = "Villages rated DEMONSTRATION (示范型, 基层党建示范村) for the year "
                    + "(the article: 120 in Xinmin)") long demonstration,
            @Schema(required = true, description = "Active township-level units (乡, 镇, 街道 …) in the subtree")
            long townships,
            @Schema(required = true, description = "Township-level units of the subtree rated WHOLE_TOWNSHIP_DEMONSTRATION "
                    + "for the year (the article: 14 in Xinmin)") long wholeTownshipDemonstrations) {}
}
