package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Entries of the "1+1+x" ledger: township rotation, village directed training, and the x forms. */
public enum TrainingKind implements Labelled {
    TOWNSHIP_ROTATION("镇(街道)全员集中轮训", "Township rotation training"),
    VILLAGE_DIRECTED("村级日常定向培训", "Village directed training"),
    DEGREE_STUDY("学历进修", "Degree study"),
    EXPERT_LECTURE("专家讲座辅导", "Expert lecture"),
    TEMPORARY_POST("挂职锻炼", "Temporary post"),
    TRIAL_POST("预推试岗", "Trial post");

    private final String labelZh;
    private final String labelEn;

    TrainingKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Which part of "1+1+x" the entry counts toward: the township "1", the village "1", or x. */
    public String track() {
        return switch (this) {
            case TOWNSHIP_ROTATION -> "TOWNSHIP_ROTATION";
            case VILLAGE_DIRECTED -> "VILLAGE_DIRECTED";
            default -> "X";
        };
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
