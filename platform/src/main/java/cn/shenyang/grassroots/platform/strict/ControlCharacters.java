package cn.shenyang.grassroots.platform.strict;

import cn.shenyang.grassroots.platform.problem.ProblemException;

/**
 * C0 control characters other than tab, CR and LF have no place in any text a caller sends, and
 * PostgreSQL refuses NUL outright: they are refused at the edge, naming the field.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F other than tab, CR and LF)";

    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** 400 naming {@code field} when {@code value} holds a control character. */
    public static void refuse(String field, CharSequence value) {
        if (present(value)) {
            throw ProblemException.invalid(field, MESSAGE);
        }
    }
}
