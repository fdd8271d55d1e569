package cn.shenyang.grassroots.cadre.posting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The street-level performance-bonus uplift: cadres working at a sub-district get 10%–14% more
 * performance bonus than same-rank district-department cadres (Sujiatun). See the README table.
 */
@ConfigMapping(prefix = "cadre.bonus-uplift")
public interface BonusBand {
    @WithDefault("10")
    BigDecimal minPercent();

    @WithDefault("14")
    BigDecimal maxPercent();

    /** Used when a calculation names no percentage. */
    @WithDefault("10")
    BigDecimal defaultPercent();

    /**
     * The yearly performance bonus of a district-department cadre of each rank, yuan: what the
     * street-level bonus is compared with. Set by the jurisdiction; no default is invented.
     */
    Map<CadreRank, BigDecimal> referenceBonus();
}
