package cn.shenyang.grassroots.volunteer.propertycompany;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {
    /** Published codes of real organisations, whose check characters were issued by the registry. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "91110000600037341L"})
    void publishedCodesAreValid(String code) {
        assertTrue(CreditCodes.isValid(code));
        assertEquals(code.charAt(17), CreditCodes.checkCharacter(code.substring(0, 17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43",
            "91350100m000100Y43", "9135O100M000100Y43"})
    void anythingElseIsNot(String code) {
        assertFalse(CreditCodes.isValid(code));
    }
}
