package cn.shenyang.grassroots.volunteer.support;

/** Writing CSV fields (RFC 4180), safe to open in a spreadsheet. */
public final class CsvText {
    private CsvText() {}

    /**
     * One field: quoted when it holds a comma, quote or line break; a text that a spreadsheet would
     * run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe.
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
