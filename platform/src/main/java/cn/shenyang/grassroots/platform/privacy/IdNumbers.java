package cn.shenyang.grassroots.platform.privacy;

/** Mainland resident ID numbers (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {}

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static boolean isValid(String idNumber) {
        return idNumber != null && idNumber.matches("\\d{17}[\\dX]")
                && checkCharacter(idNumber.substring(0, 17)) == idNumber.charAt(17);
    }
}
