package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of problem that make a village party organisation weak and lax (软弱涣散). */
@Schema(name = "WeaknessCategory")
public enum WeaknessCategory implements Labelled {
    WEAK_LEADERSHIP("班子软弱、书记不胜任", "Weak leadership, secretary not up to the post"),
    LAX_ORGANISATIONAL_LIFE("组织生活不正常", "Irregular organisational life"),
    POOR_SERVICE("服务群众意识差、能力弱", "Poor service to the masses"),
    WEAK_COLLECTIVE_ECONOMY("集体经济薄弱", "Weak collective economy"),
    DISORDERLY_AFFAIRS("村务管理混乱", "Disorderly village affairs"),
    PROMINENT_CONFLICTS("矛盾纠纷突出", "Prominent conflicts and disputes"),
    DISCIPLINE_VIOLATIONS("违纪违法问题", "Violations of discipline or law"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    WeaknessCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
