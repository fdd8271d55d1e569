package cn.shenyang.grassroots.orgstructure.replica;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service on a fixed port with the platform's org-unit replica in its own database, reading
 * this service's feed over real HTTP as other services do; also the database of the tests that
 * load official division data, whose codes are unique.
 */
public class ReplicaProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.flyway.locations", "db/platform,db/replica,db/migration",
                "quarkus.http.test-port", "18181",
                "grassroots.org-replica.url", "http://localhost:18181",
                "grassroots.org-replica.token-url", "http://localhost:18181/test/token",
                "grassroots.org-replica.client-id", "suite-internal",
                "grassroots.org-replica.client-secret", "test-secret");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                Map.of(EmbeddedPostgresResource.DATABASE, "replica_profile")));
    }
}
