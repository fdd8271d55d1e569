package cn.shenyang.grassroots.volunteer.certificate;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Certificate numbers anyone may type in to verify a certificate: {@code VC2026-} and 12 random
 * characters of Crockford's base32 (60 bits, so numbers cannot be guessed in turn) and a check
 * character that catches a mistyped or swapped character.
 */
public final class CertificateNumbers {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final Pattern FORMAT = Pattern.compile("VC\\d{4}-[0-9A-HJKMNP-TV-Z]{13}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {}

    public static String next(int year) {
        StringBuilder body = new StringBuilder(13);
        for (int i = 0; i < 12; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(32)));
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

    /** Weighted sum mod 31 (a prime, so any one changed character or two swapped ones change it). */
    static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }
}
