package cn.shenyang.grassroots.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void phonesKeepPrefixAndLastFour() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("*******", Masking.phone("1234567"));
        assertNull(Masking.phone(null));
    }

    @Test
    void idNumbersKeepRegionAndLastFour() {
        assertEquals("210111********123X", Masking.idNumber("21011119900101123X"));
        assertEquals("**********", Masking.idNumber("2101111990"));
        assertNull(Masking.idNumber(null));
    }
}
