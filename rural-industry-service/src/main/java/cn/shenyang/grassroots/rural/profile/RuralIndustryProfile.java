package cn.shenyang.grassroots.rural.profile;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.rural.cooperative.CooperativeResource;
import cn.shenyang.grassroots.rural.cooperative.CooperativeView;
import cn.shenyang.grassroots.rural.income.CollectiveIncomeResource;
import cn.shenyang.grassroots.rural.income.CollectiveIncomeView;
import cn.shenyang.grassroots.rural.industry.VillageIndustryResource;
import cn.shenyang.grassroots.rural.industry.VillageIndustryView;
import cn.shenyang.grassroots.rural.rectification.RectificationResource;
import cn.shenyang.grassroots.rural.rectification.RectificationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuralIndustryProfile", description = "The rural-industry sections of the suite's profile of one unit in one "
        + "answer. Each section is exactly what its own operation answers for the unit's subtree with its default "
        + "filters and order and a page of 20; nothing is added.")
public record RuralIndustryProfile(
        @Schema(required = true, implementation = CollectiveIncomeResource.CollectiveIncomePage.class,
                description = "listCollectiveIncomes") Page<CollectiveIncomeView> collectiveIncomes,
        @Schema(required = true, implementation = VillageIndustryResource.IndustryPage.class,
                description = "listVillageIndustries") Page<VillageIndustryView> villageIndustries,
        @Schema(required = true, implementation = CooperativeResource.CooperativePage.class,
                description = "listCooperatives") Page<CooperativeView> cooperatives,
        @Schema(required = true, implementation = RectificationResource.RectificationPage.class,
                description = "listRectifications") Page<RectificationView> rectifications) {}
