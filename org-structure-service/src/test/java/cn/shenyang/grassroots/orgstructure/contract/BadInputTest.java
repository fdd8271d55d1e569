package cn.shenyang.grassroots.orgstructure.contract;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;

import cn.shenyang.grassroots.platform.testing.BadInputContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** Every JSON write endpoint of the organisation graph refuses every kind of bad input and changes nothing (see BadInputContract). */
@QuarkusTest
class BadInputTest extends BadInputContract {
    @Inject
    AgroalDataSource db;

    private String unit;

    @Override
    protected String concrete(String template) {
        if (unit == null) {
            unit = createId("TOWN", createId("COUNTY", createId("CITY", createId("PROVINCE", null))));
        }
        return template.replace("{id}", unit);
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
