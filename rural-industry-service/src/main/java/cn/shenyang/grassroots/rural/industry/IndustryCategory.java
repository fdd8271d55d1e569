package cn.shenyang.grassroots.rural.industry;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of industry a village's "one village, one product" is. */
@Schema(name = "IndustryCategory")
public enum IndustryCategory implements Labelled {
    PLANTING("种植业", "Crop farming"),
    FACILITY_AGRICULTURE("设施农业(温室大棚)", "Facility agriculture (greenhouses)"),
    LIVESTOCK("畜牧养殖", "Livestock"),
    AQUACULTURE("水产养殖", "Aquaculture"),
    AGRO_PROCESSING("农产品加工", "Agricultural processing"),
    RURAL_TOURISM("乡村旅游(采摘、农家乐)", "Rural tourism (pick-your-own, farm stays)"),
    E_COMMERCE("农村电商", "Rural e-commerce"),
    HANDICRAFT("手工业", "Handicrafts"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    IndustryCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
