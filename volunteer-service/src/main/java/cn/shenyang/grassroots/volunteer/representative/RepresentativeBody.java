package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The "two representatives, one member" (两代表一委员): the body each belongs to. */
public enum RepresentativeBody implements Labelled {
    PARTY_CONGRESS("党代表", "Party-congress deputy"),
    PEOPLES_CONGRESS("人大代表", "People's-congress deputy"),
    CPPCC("政协委员", "CPPCC member");

    private final String labelZh;
    private final String labelEn;

    RepresentativeBody(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
