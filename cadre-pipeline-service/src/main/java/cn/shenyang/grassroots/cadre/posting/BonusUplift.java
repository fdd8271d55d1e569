package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The uplift computed for one posting: money in yuan with 2 decimals, rounded half-up. */
@Schema(name = "BonusUplift")
public record BonusUplift(
        UUID postingId,
        @Schema(description = "Performance bonus of a same-rank department cadre, yuan") BigDecimal referenceBonus,
        @Schema(description = "Uplift applied, percent") BigDecimal upliftPercent,
        @Schema(description = "referenceBonus × upliftPercent / 100, yuan, 2 decimals (half-up)") BigDecimal uplift,
        @Schema(description = "referenceBonus + uplift, yuan") BigDecimal streetLevelBonus,
        BigDecimal bandMinPercent,
        BigDecimal bandMaxPercent,
        @Schema(description = "The uplift at the band's ends, yuan") BigDecimal minUplift,
        BigDecimal maxUplift) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 400 naming the field when the reference is not a positive amount of yuan or the percentage is outside the band. */
    public static BonusUplift compute(UUID postingId, BigDecimal referenceBonus, BigDecimal percent, BigDecimal min,
            BigDecimal max) {
        if (referenceBonus == null) {
            throw ProblemException.invalid("referenceBonus", "is required");
        }
        if (referenceBonus.signum() <= 0 || referenceBonus.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalid("referenceBonus", "must be a positive amount of yuan with at most 2 decimals");
        }
        if (percent.compareTo(min) < 0 || percent.compareTo(max) > 0) {
            throw ProblemException.invalid("upliftPercent", "must be within the configured band " + min.toPlainString()
                    + "–" + max.toPlainString() + "%");
        }
        BigDecimal reference = referenceBonus.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal uplift = of(reference, percent);
        return new BonusUplift(postingId, reference, percent, uplift, reference.add(uplift), min, max,
                of(reference, min), of(reference, max));
    }

    private static BigDecimal of(BigDecimal reference, BigDecimal percent) {
        return reference.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
