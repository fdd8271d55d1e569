package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Real-name registration: the resident ID number (GB 11643) carries its own check digit, the
 * holder's birth date (characters 7–14) and sex (character 17: odd for men, even for women), so a
 * registration whose ID number disagrees with itself or with the person is refused.
 */
public final class RealName {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private RealName() {}

    /** Why the ID number does not fit the person, each naming its field; empty when it does. Never quotes the number. */
    public static List<String[]> refusals(String idNumber, LocalDate birthDate, Gender gender) {
        List<String[]> refusals = new ArrayList<>();
        if (!IdNumbers.isValid(idNumber)) {
            refusals.add(new String[] {"idNumber", "must be 17 digits and a check character (0-9 or X) that matches them"});
            return refusals;
        }
        if (birthDate != null && !idNumber.substring(6, 14).equals(birthDate.format(BASIC))) {
            refusals.add(new String[] {"birthDate", "does not match the birth date in the ID number"});
        }
        if (gender != null && genderOf(idNumber) != gender) {
            refusals.add(new String[] {"gender", "does not match the ID number (its 17th digit is odd for men, even for women)"});
        }
        return refusals;
    }

    static Gender genderOf(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }
}
