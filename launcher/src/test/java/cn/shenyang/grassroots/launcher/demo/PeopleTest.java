package cn.shenyang.grassroots.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated people pass the services' own checks, and the same seed gives the same people. */
class PeopleTest {
    @Test
    void idNumbersCarryTheirCheckCharacterBirthDateAndGender() {
        People people = new People(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            People.Person p = people.person("210111", 1950, 2000);
            String id = p.idNumber();
            assertEquals(18, id.length());
            assertEquals(People.check(id.substring(0, 17)), id.charAt(17), id);
            assertEquals(p.birthDate().toString().replace("-", ""), id.substring(6, 14));
            assertEquals(p.gender().equals("MALE"), (id.charAt(16) - '0') % 2 == 1, id);
            assertTrue(p.phone().matches("1\\d{10}"), p.phone());
            assertTrue(seen.add(id), "unique: " + id);
        }
    }

    @Test
    void aKnownIdNumberChecksOut() {
        // the example of GB 11643-1999
        assertEquals('X', People.check("11010519491231002"));
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertEquals(new People(7).person("210181", 1960, 1990), new People(7).person("210181", 1960, 1990));
    }

    @Test
    void creditCodesCarryTheirCheckCharacter() {
        // the example code of GB 32100-2015, 91350100M000100Y43
        assertEquals('3', SujiatunVolunteers.creditCheck("91350100M000100Y4"));
    }
}
