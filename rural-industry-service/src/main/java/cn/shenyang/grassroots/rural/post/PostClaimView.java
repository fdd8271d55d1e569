package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyMemberPostClaim", description = "A party member's claim of a post for a year")
public record PostClaimView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID villageId,
        @Schema(required = true, description = "The year of claimedOn") int year,
        @Schema(required = true) PostType postType,
        @Schema(required = true) String memberName,
        @Schema(description = "Masked (210181********123X) unless your role may read personal data") String memberIdNumber,
        @Schema(required = true, description = "A mobile party member (流动党员)") boolean mobile,
        @Schema(required = true) String commitment,
        @Schema(required = true) LocalDate claimedOn,
        @Schema(required = true) PostClaimStatus status,
        @Schema(required = true, description = "The day of the latest step") LocalDate statusOn,
        @Schema(description = "Set once EVALUATED") PostEvaluation evaluation,
        @Schema(description = "The evaluation's remarks or the reason for the release") String statusNote,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static PostClaimView of(PostClaim c, boolean personalData) {
        return new PostClaimView(c.id, c.villageId, c.year, c.postType, c.memberName,
                personalData ? c.memberIdNumber : Masking.idNumber(c.memberIdNumber), c.mobile, c.commitment, c.claimedOn,
                c.status, c.statusOn, c.evaluation, c.statusNote, c.version, c.createdAt, c.createdBy, c.updatedAt,
                c.updatedBy);
    }

    @Schema(name = "PartyMemberPostFulfilment", description = "Something done to fulfil a post")
    public record FulfilmentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID claimId,
            @Schema(required = true, description = "The day it happened") LocalDate occurredOn,
            @Schema(required = true) String description,
            BigDecimal hours,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {

        public static FulfilmentView of(PostFulfilment f) {
            return new FulfilmentView(f.id, f.claimId, f.occurredOn, f.description, f.hours, f.recordedBy, f.recordedAt);
        }
    }

    @Schema(name = "PartyMemberPostAllowedAction")
    public record AllowedAction(
            @Schema(required = true) PostClaimAction action,
            @Schema(required = true) PostClaimStatus toStatus,
            @Schema(required = true) boolean available,
            String blockedBy) {}

    @Schema(name = "PartyMemberPostAllowedActions")
    public record AllowedActions(
            @Schema(required = true) UUID claimId,
            @Schema(required = true) PostClaimStatus status,
            @Schema(required = true) long version,
            @Schema(required = true) LocalDate occurredOn,
            @Schema(required = true, maxItems = 5) List<AllowedAction> actions) {}

    @Schema(name = "PartyMemberPostCounts", description = "Post claims of a subtree's villages in one year (the year of "
            + "claimedOn), whatever their status now. A member is told apart by ID number; a claim without one counts as "
            + "its own member")
    public record Counts(
            @Schema(required = true) UUID orgUnitId,
            @Schema(required = true) String orgUnitName,
            @Schema(required = true) int year,
            @Schema(required = true, description = "Claims of the year") long claims,
            @Schema(required = true, description = "Claims by resident (not mobile) party members") long residentClaims,
            @Schema(required = true, description = "Claims by mobile party members (流动党员), counted apart") long mobileClaims,
            @Schema(required = true, description = "Distinct members with a claim of the year") long members,
            @Schema(required = true, description = "Distinct mobile members with a claim of the year") long mobileMembers,
            @Schema(required = true, description = "Fulfilment records of the year's claims") long fulfilmentRecords,
            @Schema(required = true, description = "Claims of the year evaluated") long evaluated,
            @Schema(required = true, description = "Claims of the year evaluated EXCELLENT (先进)") long excellent,
            @Schema(required = true, description = "Claims of the year released") long released,
            @Schema(required = true, maxItems = 17, description = "Every post type, in the dictionary's order")
            List<TypeCounts> byPostType) {}

    @Schema(name = "PartyMemberPostTypeCounts")
    public record TypeCounts(
            @Schema(required = true) PostType postType,
            @Schema(required = true, description = "Claims of the year of this type") long claims,
            @Schema(required = true, description = "Of them, by mobile party members") long mobileClaims,
            @Schema(required = true, description = "Of them, evaluated") long evaluated,
            @Schema(required = true, description = "Of them, evaluated EXCELLENT") long excellent) {}
}
