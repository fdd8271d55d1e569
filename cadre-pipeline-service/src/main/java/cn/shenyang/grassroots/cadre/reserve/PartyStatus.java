package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import java.util.Optional;

/** Where a person stands on the road into the Party: activist, probationary member, full member. */
public enum PartyStatus implements Labelled {
    NONE("群众", "Not a Party member"),
    ACTIVIST("入党积极分子", "Party-admission activist"),
    PROBATIONARY("预备党员", "Probationary Party member"),
    MEMBER("中共党员", "Party member");

    private final String labelZh;
    private final String labelEn;

    PartyStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The step that follows this one on the road into the Party; none after MEMBER. */
    public Optional<PartyStatus> next() {
        return switch (this) {
            case NONE -> Optional.of(ACTIVIST);
            case ACTIVIST -> Optional.of(PROBATIONARY);
            case PROBATIONARY -> Optional.of(MEMBER);
            case MEMBER -> Optional.empty();
        };
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}
