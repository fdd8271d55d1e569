package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can be done to a post claim. CLAIM is creation itself. */
@Schema(name = "PartyMemberPostAction")
public enum PostClaimAction implements Labelled {
    CLAIM("认岗承诺", "Claim the post with a commitment"),
    EVALUATE("评议", "Evaluate the fulfilment"),
    RELEASE("撤岗", "Release the post (reason required)");

    private final String labelZh;
    private final String labelEn;

    PostClaimAction(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
