package cn.shenyang.grassroots.orgstructure.contract;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.pairing;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.whistle;

import cn.shenyang.grassroots.orgstructure.assessment.AssessmentResourceTest;
import cn.shenyang.grassroots.orgstructure.memberunit.MemberUnitResourceTest;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityResourceTest;
import cn.shenyang.grassroots.orgstructure.servicesite.ServiceSiteResourceTest;
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
    private String[] chain;
    private String department;
    private String pairing;
    private String category;
    private String whistle;
    private String responsibility;
    private String site;
    private String assessment;
    private String memberUnit;
    private int indicatorYear;

    @Override
    protected String concrete(String template) {
        if (unit == null) {
            unit = createId("TOWN", createId("COUNTY", createId("CITY", createId("PROVINCE", null))));
            chain = chain();
            department = department(chain[1]);
            pairing = pairing(department, chain[3], "2020-01-01", null);
            category = category();
            whistle = whistle(chain[3], category, "ORDINARY", null);
            responsibility = ResponsibilityResourceTest.assign(chain[3], "FIRST_SECRETARY",
                    ResponsibilityResourceTest.LEADER, "2020-01-01", null);
            site = ServiceSiteResourceTest.site(chain[3], "RED_STATION");
            assessment = AssessmentResourceTest.assess(chain[3], AssessmentResourceTest.year(), 80, 80);
            memberUnit = MemberUnitResourceTest.memberUnit(chain[2]);
            indicatorYear = AssessmentResourceTest.year();
        }
        String id = template.startsWith("/api/v1/departments/") ? department
                : template.startsWith("/api/v1/pairings/") ? pairing
                : template.startsWith("/api/v1/whistle-categories/") ? category
                : template.startsWith("/api/v1/whistles/") ? whistle
                : template.startsWith("/api/v1/responsibility-assignments/") ? responsibility
                : template.startsWith("/api/v1/service-sites/") ? site
                : template.startsWith("/api/v1/assessments/") ? assessment
                : template.startsWith("/api/v1/member-units/") ? memberUnit
                : unit;
        return template.replace("{id}", id).replace("{year}", Integer.toString(indicatorYear));
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
