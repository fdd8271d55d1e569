package cn.shenyang.grassroots.volunteer.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {
    @Test
    void numbersAreWellFormedAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String n = CertificateNumbers.next(2026);
            assertTrue(n.startsWith("VC2026-") && n.length() == 20 && n.indexOf('Z') < 0, n);
            assertTrue(CertificateNumbers.isWellFormed(n), n);
            assertTrue(seen.add(n), "repeated " + n);
        }
    }

    @Test
    void everyMistypedCharacterAndEverySwapIsCaught() {
        String n = CertificateNumbers.next(2026);
        for (int i = 7; i < 20; i++) {
            for (char c : CertificateNumbers.ALPHABET.toCharArray()) {
                if (c != n.charAt(i)) {
                    String typo = n.substring(0, i) + c + n.substring(i + 1);
                    assertFalse(CertificateNumbers.isWellFormed(typo), typo + " from " + n);
                }
            }
        }
        for (int i = 7; i < 19; i++) {
            if (n.charAt(i) != n.charAt(i + 1)) {
                String swapped = n.substring(0, i) + n.charAt(i + 1) + n.charAt(i) + n.substring(i + 2);
                assertFalse(CertificateNumbers.isWellFormed(swapped), swapped + " from " + n);
            }
        }
    }

    @Test
    void theCheckCharacterIsAWeightedSumModulo31() {
        // body 000000000001: the only non-zero character, 1, stands 12th: 12 × 1 = 12 → 'C'
        assertEquals('C', CertificateNumbers.check("000000000001"));
        // 10 × 1 + 12 × 30 ('Y' is 30) = 370, 370 mod 31 = 29 → 'X'
        assertEquals('X', CertificateNumbers.check("0000000001" + "0Y"));
        assertTrue(CertificateNumbers.isWellFormed("VC2026-000000000001C"));
        assertFalse(CertificateNumbers.isWellFormed("VC2026-00000000000IC"), "I is not in the alphabet");
        assertFalse(CertificateNumbers.isWellFormed("VC2026-00000000000ZC"), "nor is Z");
        assertFalse(CertificateNumbers.isWellFormed("vc2026-000000000001C"));
    }
}
