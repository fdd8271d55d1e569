package cn.shenyang.grassroots.rural.post;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about party members' post claims. */
public final class PostClaimRequests {
    private PostClaimRequests() {}

    static final String ID_NUMBER = "\\d{17}[\\dX]";

    @Schema(name = "CreatePartyMemberPostClaim", description = "A party member claims a post with a commitment (依岗承诺)")
    public record CreateClaim(
            @Schema(required = true, description = "The village (org unit of level VILLAGE) where the post is claimed")
            @NotNull UUID villageId,
            @Schema(required = true) @NotNull PostType postType,
            @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String memberName,
            @Schema(description = "The member's resident ID number (personal data); a member claims a post type at most "
                    + "once a year", maxLength = 18, pattern = ID_NUMBER)
            @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check digit or X") String memberIdNumber,
            @Schema(description = "A mobile party member (流动党员); default false") Boolean mobile,
            @Schema(required = true, maxLength = 2000, description = "What the member commits to") @NotBlank
            @Size(max = 2000) String commitment,
            @Schema(description = "The day of the claim; default today, never in the future. Its year is the claim's year")
            LocalDate claimedOn) {}

    @Schema(name = "CreatePartyMemberPostFulfilment", description = "Something done to fulfil the post (履职尽责)")
    public record AddFulfilment(
            @Schema(description = "The day it happened; default today; never before the claim, never in the future")
            LocalDate occurredOn,
            @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String description,
            @Schema(description = "Hours spent, up to 2 decimals", minimum = "0", maximum = "1000")
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal hours) {}

    @Schema(name = "PerformPartyMemberPostAction", description = "EVALUATE (evaluation required) or RELEASE (reason required)")
    public record PerformAction(
            @Schema(required = true) @NotNull PostClaimAction action,
            @Schema(description = "The day it happened; default today; never before the claim's previous step, never in "
                    + "the future") LocalDate occurredOn,
            @Schema(description = "EVALUATE: the evaluation") PostEvaluation evaluation,
            @Schema(description = "EVALUATE: remarks; RELEASE: the reason (required)", maxLength = 1000) @Size(max = 1000)
            String note) {}
}
