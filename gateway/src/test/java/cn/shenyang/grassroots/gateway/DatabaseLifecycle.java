package cn.shenyang.grassroots.gateway;

import cn.shenyang.grassroots.gateway.support.ClosingService;
import cn.shenyang.grassroots.gateway.support.DomainServices;
import cn.shenyang.grassroots.gateway.support.OrgStructureProcess;
import cn.shenyang.grassroots.gateway.support.SlowService;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test in this module runs against one embedded PostgreSQL 17, a real org-structure-service
 * started from its runnable jar, a deliberately slow service (WireMock) and one that closes
 * reused connections behind the gateway; for the overview, stand-ins of the other three domain services.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OrgStructureProcess.class)
@QuarkusTestResource(SlowService.class)
@QuarkusTestResource(ClosingService.class)
@QuarkusTestResource(DomainServices.class)
public class DatabaseLifecycle {
}
