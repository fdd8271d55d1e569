package cn.shenyang.grassroots.rural.dictionary;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.cooperative.CooperativeKind;
import cn.shenyang.grassroots.rural.cooperative.LeaderRole;
import cn.shenyang.grassroots.rural.income.IncomeReviewAction;
import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import cn.shenyang.grassroots.rural.income.IncomeSource;
import cn.shenyang.grassroots.rural.industry.IndustryCategory;
import cn.shenyang.grassroots.rural.post.PostClaimAction;
import cn.shenyang.grassroots.rural.post.PostClaimStatus;
import cn.shenyang.grassroots.rural.post.PostEvaluation;
import cn.shenyang.grassroots.rural.post.PostType;
import cn.shenyang.grassroots.rural.rating.DemonstrationLevel;
import cn.shenyang.grassroots.rural.rectification.RectificationAction;
import cn.shenyang.grassroots.rural.rectification.RectificationStatus;
import cn.shenyang.grassroots.rural.rectification.WeaknessCategory;
import cn.shenyang.grassroots.rural.stats.IncomeStatsStatus;
import cn.shenyang.grassroots.rural.support.Reach;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Chinese and English labels of every enum value this service uses, for frontends to show. */
@Path("/api/v1/rural-industry-dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dictionaries", description = "Labels of the enum values of rural-industry-service")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class DictionaryResource {

    @Schema(name = "RuralDictionaryEntry", description = "One enum value with its labels")
    public record Entry(
            @Schema(required = true) String value,
            @Schema(required = true) String labelZh,
            @Schema(required = true) String labelEn,
            @Schema(description = "partyMemberPostType only: the article names this post") Boolean namedInArticle) {}

    @Schema(name = "RuralDictionaries", description = "Every dictionary of rural-industry-service, each a list in "
            + "declaration order")
    public record Dictionaries(
            @Schema(required = true, maxItems = 50) List<Entry> incomeSource,
            @Schema(required = true, maxItems = 50) List<Entry> incomeReviewStatus,
            @Schema(required = true, maxItems = 50) List<Entry> incomeReviewAction,
            @Schema(required = true, maxItems = 50) List<Entry> incomeStatsStatus,
            @Schema(required = true, maxItems = 50) List<Entry> requiredReach,
            @Schema(required = true, maxItems = 50) List<Entry> industryCategory,
            @Schema(required = true, maxItems = 50) List<Entry> cooperativeKind,
            @Schema(required = true, maxItems = 50) List<Entry> cooperativeLeaderRole,
            @Schema(required = true, maxItems = 50) List<Entry> demonstrationLevel,
            @Schema(required = true, maxItems = 50) List<Entry> rectificationStatus,
            @Schema(required = true, maxItems = 50) List<Entry> rectificationAction,
            @Schema(required = true, maxItems = 50) List<Entry> weaknessCategory,
            @Schema(required = true, maxItems = 50) List<Entry> partyMemberPostType,
            @Schema(required = true, maxItems = 50) List<Entry> partyMemberPostStatus,
            @Schema(required = true, maxItems = 50) List<Entry> partyMemberPostAction,
            @Schema(required = true, maxItems = 50) List<Entry> partyMemberPostEvaluation) {}

    private static final Dictionaries DICTIONARIES = new Dictionaries(entries(IncomeSource.values()),
            entries(IncomeReviewStatus.values()), entries(IncomeReviewAction.values()), entries(IncomeStatsStatus.values()),
            entries(Reach.values()), entries(IndustryCategory.values()), entries(CooperativeKind.values()),
            entries(LeaderRole.values()), entries(DemonstrationLevel.values()), entries(RectificationStatus.values()),
            entries(RectificationAction.values()), entries(WeaknessCategory.values()),
            Arrays.stream(PostType.values()).map(v -> new Entry(v.name(), v.labelZh(), v.labelEn(), v.namedInArticle()))
                    .toList(),
            entries(PostClaimStatus.values()), entries(PostClaimAction.values()), entries(PostEvaluation.values()));

    @GET
    @Operation(operationId = "getRuralIndustryDictionaries", summary = "Every enum of this service with Chinese and English labels",
            description = "Keyed by dictionary name (incomeSource, incomeReviewStatus, partyMemberPostType…); each a list "
                    + "in declaration order. partyMemberPostType lists the 17 posts and marks the three the article names.")
    @APIResponse(responseCode = "200", description = "The dictionaries",
            content = @Content(schema = @Schema(implementation = Dictionaries.class)))
    public Dictionaries dictionaries() {
        return DICTIONARIES;
    }

    private static List<Entry> entries(Labelled[] values) {
        return Collections.unmodifiableList(Arrays.stream(values).map(v -> new Entry(v.name(), v.labelZh(), v.labelEn(), null))
                .toList());
    }
}
