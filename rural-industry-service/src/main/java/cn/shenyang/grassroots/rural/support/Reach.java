package cn.shenyang.grassroots.rural.support;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far above a unit the caller's scope must begin for a step: a village reports its own
 * return, its township (one level up) reviews it, the county level (two up) confirms it. Judged on
 * the org tree: a scope rooted at the unit itself reaches 0 levels above it, at its parent 1.
 */
@Schema(name = "RequiredReach")
public enum Reach implements Labelled {
    UNIT(0, "本级", "The unit itself or above"),
    PARENT(1, "上一级(乡镇)", "One level above (the village's township) or higher"),
    GRANDPARENT(2, "上两级(县级)", "Two levels above (the county level) or higher");

    private final int levelsAbove;
    private final String labelZh;
    private final String labelEn;

    Reach(int levelsAbove, String labelZh, String labelEn) {
        this.levelsAbove = levelsAbove;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public int levelsAbove() {
        return levelsAbove;
    }

    /**
     * How many levels above the unit at {@code unitPath} the scope rooted at {@code scopePath}
     * begins: 0 at the unit, 1 at its parent…; {@link Integer#MAX_VALUE} for the whole tree
     * (a null or empty scope); -1 when the scope does not cover the unit.
     */
    public static int levelsAbove(String scopePath, String unitPath) {
        if (scopePath == null || scopePath.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (unitPath == null || !(unitPath.equals(scopePath) || unitPath.startsWith(scopePath + "."))) {
            return -1;
        }
        return depth(unitPath) - depth(scopePath);
    }

    private static int depth(String path) {
        return (int) path.chars().filter(ch -> ch == '.').count();
    }

    /** Null when the caller's scope reaches this far above the unit; otherwise why not. */
    public String refusal(Caller caller, String unitPath, String what) {
        int reach = caller.unrestricted() ? Integer.MAX_VALUE : levelsAbove(caller.scopePath(), unitPath);
        if (caller.scopePath() == null && !caller.unrestricted()) {
            reach = -1;
        }
        if (reach >= levelsAbove) {
            return null;
        }
        return what + " is for a caller whose scope begins " + switch (this) {
            case UNIT -> "at the unit or above it";
            case PARENT -> "at least one level above the unit (its township or higher)";
            case GRANDPARENT -> "at least two levels above the unit (the county level or higher)";
        } + "; yours begins " + (reach < 0 ? "elsewhere" : reach == 0 ? "at the unit itself" : reach + " level(s) above it");
    }
}
