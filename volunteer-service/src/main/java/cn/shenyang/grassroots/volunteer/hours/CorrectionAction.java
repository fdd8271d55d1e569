package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceRecordCorrectionAction")
public enum CorrectionAction implements Labelled {
    REVERSE("冲销", "Reverse: the record should never have been made"),
    AMEND("更正", "Amend: reverse the record and add the corrected one");

    private final String labelZh;
    private final String labelEn;

    CorrectionAction(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
