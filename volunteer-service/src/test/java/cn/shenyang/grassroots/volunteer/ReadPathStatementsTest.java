package cn.shenyang.grassroots.volunteer;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import cn.shenyang.grassroots.volunteer.support.SqlCounter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the hot reads cost in SQL, counted by Hibernate's statistics: no N+1 loads, no flushes, no transactions on reads. */
@QuarkusTest
class ReadPathStatementsTest {
    @Test
    void readingAVolunteerIsOneStatementForEveryCaller() {
        Fixtures.Tree t = Fixtures.tree();
        String id = Fixtures.createVolunteer(t.community().id());
        String path = "/api/v1/volunteers/" + id;
        assertEquals(new SqlCounter.Counts(1, 0, 0, 1), SqlCounter.count(() -> asAdmin().get(path).then().statusCode(200)));
        assertEquals(new SqlCounter.Counts(1, 0, 0, 1), SqlCounter.count(() ->
                as("m", Roles.VIEWER, t.subdistrict().path()).get(path).then().statusCode(200)));
        String elsewhere = Fixtures.tree().subdistrict().path();
        assertEquals(new SqlCounter.Counts(1, 0, 0, 0), SqlCounter.count(() ->
                as("o", Roles.VIEWER, elsewhere).get(path).then().statusCode(404)));
    }

    @Test
    void statisticsAreThreeStatementsWhateverTheData() {
        Fixtures.Tree t = Fixtures.tree();
        for (int i = 0; i < 3; i++) {
            String v = Fixtures.createVolunteer(t.community().id());
            Fixtures.record(v, t.community().id(), LocalDate.of(2024, 3, 4 + i), 9, 3).statusCode(201);
        }
        // the unit, the volunteers' figures in one pass, everything else in one union
        assertEquals(new SqlCounter.Counts(3, 0, 0, 0), SqlCounter.count(() -> asAdmin()
                .queryParam("orgUnitId", t.district().id()).queryParam("year", 2024)
                .get("/api/v1/volunteer-stats").then().statusCode(200)));
    }
}
