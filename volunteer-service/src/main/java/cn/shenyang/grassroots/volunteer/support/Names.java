package cn.shenyang.grassroots.volunteer.support;

/**
 * A person's name as a public page may show it: the first character and one asterisk per other
 * character (张*明 → 张**), so a certificate can be matched to its holder without publishing who they are.
 */
public final class Names {
    private Names() {}

    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
