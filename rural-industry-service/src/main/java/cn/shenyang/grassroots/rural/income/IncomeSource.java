package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The routes by which a village collective earns income, as the article names them (土地, 飞地, 能人…). */
@Schema(name = "IncomeSource")
public enum IncomeSource implements Labelled {
    LAND("土地经济", "Land economy (land transfer, contracting, shares)"),
    ENCLAVE("飞地经济", "Enclave economy (projects run outside the village)"),
    CAPABLE_PERSON("能人经济", "Capable-person economy (led by able villagers and entrepreneurs)"),
    ASSET_LEASING("资产租赁", "Asset leasing"),
    SERVICE("服务创收", "Services"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    IncomeSource(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
