package cn.shenyang.grassroots.volunteer.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealNameTest {
    /** 210111 Sujiatun, born 1985-06-15, sequence 12, 3 (odd: a man), check character 7. */
    private static final String MAN = "210111198506151237";

    private static List<String> fields(String idNumber, LocalDate birth, Gender gender) {
        return RealName.refusals(idNumber, birth, gender).stream().map(r -> r[0]).toList();
    }

    @Test
    void theCheckCharacterIsGb11643s() {
        // the weighted sum of the first 17 digits modulo 11 picks from 1 0 X 9 8 7 6 5 4 3 2
        int sum = 0;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 17; i++) {
            sum += (MAN.charAt(i) - '0') * weights[i];
        }
        assertEquals("10X98765432".charAt(sum % 11), MAN.charAt(17));
        assertEquals(List.of(), fields(MAN, LocalDate.of(1985, 6, 15), Gender.MALE));
    }

    @Test
    void aWrongCheckCharacterIsRefusedAlone() {
        for (char c : "0123X".toCharArray()) {
            assertEquals(List.of("idNumber"), fields(MAN.substring(0, 17) + c, LocalDate.of(1985, 6, 15), Gender.MALE), "check " + c);
        }
        // one digit mistyped, two digits swapped, one missing
        assertEquals(List.of("idNumber"), fields("210111198506152137", LocalDate.of(1985, 6, 15), Gender.MALE));
        assertEquals(List.of("idNumber"), fields("210111198506151247", LocalDate.of(1985, 6, 15), Gender.MALE));
        assertEquals(List.of("idNumber"), fields("21011119850615123", LocalDate.of(1985, 6, 15), Gender.MALE));
    }

    @Test
    void theNumberMustAgreeWithTheBirthDateAndGender() {
        assertEquals(List.of("birthDate"), fields(MAN, LocalDate.of(1985, 6, 16), Gender.MALE));
        assertEquals(List.of("gender"), fields(MAN, LocalDate.of(1985, 6, 15), Gender.FEMALE));
        assertEquals(List.of("birthDate", "gender"), fields(MAN, LocalDate.of(1986, 6, 15), Gender.FEMALE));
    }
}
