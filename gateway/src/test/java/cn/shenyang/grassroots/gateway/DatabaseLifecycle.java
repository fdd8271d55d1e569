package cn.shenyang.grassroots.gateway;

import cn.shenyang.grassroots.gateway.support.OrgStructureProcess;
import cn.shenyang.grassroots.gateway.support.SlowService;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test in this module runs against one embedded PostgreSQL 17, a real org-structure-service
 * started from its runnable jar, and a deliberately slow service (WireMock) behind the gateway.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OrgStructureProcess.class)
@QuarkusTestResource(SlowService.class)
public class DatabaseLifecycle {
}
