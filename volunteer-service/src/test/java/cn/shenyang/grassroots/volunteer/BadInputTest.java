package cn.shenyang.grassroots.volunteer;

import cn.shenyang.grassroots.platform.testing.BadInputContract;
import cn.shenyang.grassroots.volunteer.support.Existing;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** Every write endpoint of this service refuses every kind of bad input and changes nothing (see BadInputContract). */
@QuarkusTest
class BadInputTest extends BadInputContract {
    @Inject
    AgroalDataSource db;

    private Existing.Records existing;

    @Override
    protected String concrete(String template) {
        if (existing == null) {
            existing = Existing.create();
        }
        return existing.concrete(template);
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
