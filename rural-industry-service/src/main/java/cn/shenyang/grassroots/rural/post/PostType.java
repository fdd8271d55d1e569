package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 17 posts rural party members claim ("认岗位、践行动、立新功"). The article names three
 * (namedInArticle); the other fourteen are the posts such programmes commonly set up, an
 * assumption of this suite that a jurisdiction with another list replaces here.
 */
@Schema(name = "PartyMemberPostType")
public enum PostType implements Labelled {
    INDUSTRY_DEVELOPMENT_DEMONSTRATION("产业发展示范岗", "Industry development demonstration post", true),
    RURAL_CIVILITY_HARMONY("乡村文明和谐岗", "Rural civility and harmony post", true),
    POVERTY_RELIEF_CARE("扶贫帮困爱心岗", "Poverty relief and care post", true),
    POLICY_PUBLICITY("政策宣传岗", "Policy publicity post", false),
    SCIENCE_AND_TECHNOLOGY("科技致富岗", "Science, technology and prosperity post", false),
    ENVIRONMENT_IMPROVEMENT("人居环境整治岗", "Living environment improvement post", false),
    ECOLOGICAL_PROTECTION("生态保护岗", "Ecological protection post", false),
    DISPUTE_MEDIATION("矛盾调解岗", "Dispute mediation post", false),
    PUBLIC_SAFETY("平安建设岗", "Public safety post", false),
    EPIDEMIC_PREVENTION("疫情防控岗", "Epidemic prevention post", false),
    DISASTER_PREVENTION("防汛防火岗", "Flood and fire prevention post", false),
    CUSTOMS_REFORM("移风易俗岗", "Reform of customs post", false),
    LEFT_BEHIND_CARE("关爱留守岗", "Care for the left-behind post", false),
    VILLAGE_AFFAIRS_SUPERVISION("村务监督岗", "Village affairs supervision post", false),
    VOLUNTEER_SERVICE("志愿服务岗", "Volunteer service post", false),
    CULTURE_AND_SPORTS("文体活动岗", "Culture and sports post", false),
    GRID_SERVICE("网格服务岗", "Grid service post", false);

    private final String labelZh;
    private final String labelEn;
    private final boolean namedInArticle;

    PostType(String labelZh, String labelEn, boolean namedInArticle) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.namedInArticle = namedInArticle;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public boolean namedInArticle() {
        return namedInArticle;
    }
}
