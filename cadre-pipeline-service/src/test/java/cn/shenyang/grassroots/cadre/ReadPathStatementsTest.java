package cn.shenyang.grassroots.cadre;

import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.toReserve;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.SqlCounter;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the hot reads cost in SQL, counted by Hibernate's statistics: no N+1 loads, no flushes and
 * no transactions on reads. (Before this was measured: 2 statements per cadre read, 6 per statistics read;
 * then one, through Hibernate; now none through Hibernate.)
 */
@QuarkusTest
class ReadPathStatementsTest {
    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** One cadre is read on the event loop in one statement of its own ({@code CadreLookup.view}): Hibernate does nothing. */
    @Test
    void readingACadreLoadsNoEntityAndOpensNoTransactionForEveryCaller() {
        Fixtures.Tree t = tree();
        String id = createCadre(t.village().id());
        String path = "/api/v1/reserve-cadres/" + id;
        SqlCounter.Counts nothing = new SqlCounter.Counts(0, 0, 0, 0);
        assertEquals(nothing, SqlCounter.count(() -> asAdmin().get(path).then().statusCode(200)));
        assertEquals(nothing, SqlCounter.count(() ->
                as("manager", Roles.ORG_MANAGER, t.township().path()).get(path).then().statusCode(200)));
        String elsewhere = tree().township().path();
        assertEquals(nothing, SqlCounter.count(() -> as("other", Roles.ORG_MANAGER, elsewhere).get(path).then().statusCode(404)));
    }

    @Test
    void statisticsAreThreeStatementsWhateverTheData() {
        Fixtures.Tree t = tree();
        for (int i = 0; i < 3; i++) {
            TestClock.set(LocalDate.of(2025, 3, 2));
            toReserve(createCadre(Fixtures.unit(t.township(), "VILLAGE").id()), LocalDate.of(2025, 3, 2));
        }
        TestClock.set(LocalDate.of(2026, 2, 1));
        // the unit lookup, every count in one grouping-sets pass, both talk compliances
        assertEquals(new SqlCounter.Counts(3, 0, 0, 0), SqlCounter.count(() -> asAdmin()
                .queryParam("orgUnitId", t.district().id()).queryParam("year", 2025)
                .get("/api/v1/reserve-cadre-stats").then().statusCode(200)));
    }
}
