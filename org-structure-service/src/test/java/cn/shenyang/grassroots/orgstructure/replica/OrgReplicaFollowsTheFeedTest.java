package cn.shenyang.grassroots.orgstructure.replica;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplicaSync;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform's replica consumer reading this service's own feed over real HTTP, as every
 * other service will: creates, renames, moves (with the subtree) and dissolves all arrive, and a
 * second catch-up resumes from the stored cursor instead of starting over.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
class OrgReplicaFollowsTheFeedTest {

    @Inject
    OrgReplica replica;

    @Inject
    OrgReplicaSync sync;

    @Test
    void replicaMirrorsCreatesMovesAndDissolvesAndResumesFromItsCursor() {
        sync.catchUp();
        String[] c = chain();
        String district2 = createId("DISTRICT", c[0]);
        int applied = sync.catchUp();
        assertEquals(5, applied);
        assertTrue(replica.isWithin(UUID.fromString(c[3]), UUID.fromString(c[1])));
        assertEquals(path(c[3]), replica.pathOf(UUID.fromString(c[3])).orElseThrow());

        String newName = unique("renamed");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2])).body(Map.of("name", newName))
                .put("/api/v1/org-units/" + c[2]).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2]))
                .body(Map.of("newParentId", district2)).post("/api/v1/org-units/" + c[2] + "/move")
                .then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[3])).body(Map.of("reason", "merged"))
                .post("/api/v1/org-units/" + c[3] + "/dissolve").then().statusCode(200);

        assertEquals(3, sync.catchUp(), "only the three new changes are read again");
        assertEquals(0, sync.catchUp());
        assertEquals(newName, replica.find(UUID.fromString(c[2])).orElseThrow().name());
        // the community was not in the feed's move row, yet followed its sub-district
        assertEquals(path(c[3]), replica.pathOf(UUID.fromString(c[3])).orElseThrow());
        assertTrue(replica.isWithin(UUID.fromString(c[3]), UUID.fromString(district2)));
        assertFalse(replica.isWithin(UUID.fromString(c[3]), UUID.fromString(c[1])));
        assertEquals("DISSOLVED", replica.find(UUID.fromString(c[3])).orElseThrow().status());
    }

    private static String path(String id) {
        return asAdmin().get("/api/v1/org-units/" + id).then().extract().path("path");
    }
}
