package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The post of the person who leads a cooperative or family farm; every value but NOT_A_CADRE is a village cadre. */
@Schema(name = "CooperativeLeaderRole")
public enum LeaderRole implements Labelled {
    PARTY_SECRETARY("村党组织书记", "Village Party organisation secretary"),
    SECRETARY_AND_DIRECTOR("书记兼村委会主任(\"一肩挑\")", "Secretary and villagers' committee director"),
    COMMITTEE_DIRECTOR("村委会主任", "Villagers' committee director"),
    PARTY_COMMITTEE_MEMBER("村党组织委员", "Member of the village Party organisation committee"),
    VILLAGE_COMMITTEE_MEMBER("村委会委员", "Member of the villagers' committee"),
    OTHER_VILLAGE_CADRE("其他村干部", "Other village cadre"),
    NOT_A_CADRE("非村干部", "Not a village cadre");

    private final String labelZh;
    private final String labelEn;

    LeaderRole(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** "Cadre-led" (村干部领办): led by a village cadre. */
    public boolean villageCadre() {
        return this != NOT_A_CADRE;
    }
}
