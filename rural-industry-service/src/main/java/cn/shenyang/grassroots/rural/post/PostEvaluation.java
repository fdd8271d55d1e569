package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a claimed post was fulfilled, as the branch evaluates it at the end ("争当先进"). */
@Schema(name = "PartyMemberPostEvaluation")
public enum PostEvaluation implements Labelled {
    EXCELLENT("优秀(先进)", "Excellent"),
    COMPETENT("称职", "Competent"),
    BASICALLY_COMPETENT("基本称职", "Basically competent"),
    INCOMPETENT("不称职", "Incompetent");

    private final String labelZh;
    private final String labelEn;

    PostEvaluation(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
