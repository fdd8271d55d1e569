package cn.shenyang.grassroots.platform.privacy;

/**
 * Masks personal data for callers whose role does not need it ({@code Caller.mayReadPersonalData()}).
 * Masking happens in response views; these values are never written to logs at all.
 */
public final class Masking {
    private Masking() {}

    /** Mainland mobile numbers keep the carrier prefix and last four: 138****5678. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Resident ID numbers keep the region code and last four: 210111********123X. */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() <= 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }
}
