package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ratings of the "whole-township advance, whole-county upgrade" programme: villages are rated
 * basic, upgraded or demonstration (基本型, 提升型, 示范型); a township-level unit is rated a
 * whole-township demonstration (整乡推进示范乡镇) or not rated.
 */
@Schema(name = "DemonstrationLevel")
public enum DemonstrationLevel implements Labelled {
    BASIC("基本型", "Basic", Set.of(OrgLevels.VILLAGE)),
    UPGRADED("提升型", "Upgraded", Set.of(OrgLevels.VILLAGE)),
    DEMONSTRATION("示范型(基层党建示范村)", "Demonstration village", Set.of(OrgLevels.VILLAGE)),
    WHOLE_TOWNSHIP_DEMONSTRATION("\"整乡推进\"示范乡镇(街)", "Whole-township demonstration", OrgLevels.TOWNSHIP_TIER);

    private final String labelZh;
    private final String labelEn;
    private final Set<String> unitLevels;

    DemonstrationLevel(String labelZh, String labelEn, Set<String> unitLevels) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.unitLevels = unitLevels;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** The org-unit levels this rating is given to. */
    public Set<String> unitLevels() {
        return unitLevels;
    }
}
