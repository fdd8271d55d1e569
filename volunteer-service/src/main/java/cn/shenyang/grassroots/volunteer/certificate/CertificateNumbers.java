package cn.shenyang.grassroots.volunteer.certificate;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Certificate numbers anyone may type in to verify a certificate: {@code VC2026-}, 12 random
 * characters of a 31-letter alphabet (Crockford's base32 without Z: 59 bits, so numbers cannot be
 * guessed in turn) and a check character that catches any one mistyped character and any two
 * neighbours swapped.
 */
public final class CertificateNumbers {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    public static final Pattern FORMAT = Pattern.compile("VC\\d{4}-[0-9A-HJKMNP-TV-Y]{13}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {}

    public static String next(int year) {
        StringBuilder body = new StringBuilder(13);
        for (int i = 0; i < 12; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return "VC" + year + "-" + body + check(body);
    }

    /** True when the number has the format and its check character matches. */
    public static boolean isWellFormed(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            return false;
        }
        String body = number.substring(7, 19);
        return number.charAt(19) == check(body);
    }

    /**
     * Weights 1 to 12, sum modulo 31: the alphabet has 31 letters and 31 is prime, so one changed
     * letter changes the sum by (weight × difference), never a multiple of 31, and two swapped
     * neighbours change it by their difference.
     */
    static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }
}
