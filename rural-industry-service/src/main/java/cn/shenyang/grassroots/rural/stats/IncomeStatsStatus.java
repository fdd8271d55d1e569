package cn.shenyang.grassroots.rural.stats;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which returns the indicators count. */
@Schema(name = "IncomeStatsStatus", description = "CONFIRMED (default): each village's latest confirmed revision of the "
        + "year; a return never confirmed does not count. ANY: each return's current revision, whatever its status")
public enum IncomeStatsStatus implements Labelled {
    CONFIRMED("仅已确认", "Confirmed figures only"),
    ANY("全部(含未确认)", "Every return, confirmed or not");

    private final String labelZh;
    private final String labelEn;

    IncomeStatsStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
