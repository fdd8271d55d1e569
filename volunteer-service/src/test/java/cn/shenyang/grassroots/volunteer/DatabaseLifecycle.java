package cn.shenyang.grassroots.volunteer;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test in this module runs against one embedded PostgreSQL 17 (or the configured external one). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class DatabaseLifecycle {
}
