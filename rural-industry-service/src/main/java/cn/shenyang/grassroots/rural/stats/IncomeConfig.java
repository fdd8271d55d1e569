package cn.shenyang.grassroots.rural.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** Tunables of the income indicators (README, "Configuration"). */
@ConfigMapping(prefix = "rural.income")
public interface IncomeConfig {
    /** The thresholds (yuan) the indicators count villages against when the request names none. */
    @WithDefault("50000,200000,1000000")
    List<BigDecimal> thresholds();
}
