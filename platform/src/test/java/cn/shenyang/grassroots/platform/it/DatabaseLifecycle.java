package cn.shenyang.grassroots.platform.it;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

@QuarkusTestResource(EmbeddedPostgresResource.class)
public class DatabaseLifecycle {
}
