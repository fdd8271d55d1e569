package cn.shenyang.grassroots.cadre.reserve;

import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.cadre.support.Fixtures.cadreBody;
import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The caller's subtree bounds every read and write; personal data is masked for roles that do not need it. */
@QuarkusTest
class ReserveCadreScopeTest {
    private static final String CADRES = "/api/v1/reserve-cadres/";

    @Test
    void anotherSubtreesCadresAreInvisibleAndListsAreLimited() {
        Fixtures.Tree mine = tree();
        Fixtures.Tree theirs = tree();
        String my = createCadre(mine.village().id());
        String their = createCadre(theirs.village().id());
        String scope = mine.township().path();

        as("manager", Roles.ORG_MANAGER, scope).get(CADRES + their).then().statusCode(404)
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        as("manager", Roles.ORG_MANAGER, scope).get(CADRES + their + "/history").then().statusCode(404);
        as("manager", Roles.ORG_MANAGER, scope).get(CADRES + their + "/allowed-actions").then().statusCode(404);
        as("manager", Roles.ORG_MANAGER, scope).contentType(ContentType.JSON).header("If-Match", "*")
                .body(action("REJECT", "reason", "x")).post(CADRES + their + "/transitions").then().statusCode(404);
        asAdmin().get(CADRES + their).then().body("stage", equalTo("RECOMMENDED"));

        as("manager", Roles.ORG_MANAGER, scope).get(CADRES).then().statusCode(200)
                .body("items.id", contains(my));
        as("manager", Roles.ORG_MANAGER, scope).queryParam("orgUnitId", theirs.township().id()).get(CADRES)
                .then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        as("manager", Roles.ORG_MANAGER, scope).contentType(ContentType.JSON).body(cadreBody(theirs.village().id()))
                .post(CADRES).then().statusCode(400).body("violations[0].field", equalTo("villageId"));
        as("manager", Roles.ORG_MANAGER, scope).contentType(ContentType.JSON).body(cadreBody(mine.village().id()))
                .post(CADRES).then().statusCode(201).body("createdBy", equalTo("manager"));
        // a token with no scope and no whole-tree role sees nothing
        as("nobody", Roles.VIEWER, null).get(CADRES).then().statusCode(200).body("totalItems", equalTo(0));
        as("nobody", Roles.VIEWER, null).get(CADRES + my).then().statusCode(404);
    }

    @Test
    void readOnlyRolesReadButCannotWrite() {
        Fixtures.Tree t = tree();
        String id = createCadre(t.village().id());
        as("viewer", Roles.VIEWER, t.district().path()).get(CADRES + id).then().statusCode(200);
        as("script", Roles.INTEGRATION, t.district().path()).get(CADRES + id).then().statusCode(200);
        as("viewer", Roles.VIEWER, t.district().path()).contentType(ContentType.JSON).header("If-Match", "*")
                .body(action("QUALIFY")).post(CADRES + id + "/transitions").then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer", Roles.VIEWER, t.district().path()).contentType(ContentType.JSON).body(cadreBody(t.village().id()))
                .post(CADRES).then().statusCode(403);
        as("viewer", Roles.VIEWER, t.district().path()).get(CADRES + id + "/allowed-actions").then().statusCode(200)
                .body("actions.size()", equalTo(0));
        as("liaison", Roles.DEPARTMENT_LIAISON, t.district().path()).get(CADRES + id).then().statusCode(403);
    }

    @Test
    void viewersSeeMaskedIdNumbersAndPhonesManagersSeeThem() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = cadreBody(t.village().id());
        String idNumber = (String) body.get("idNumber");
        String id = createCadre(body);
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);

        as("viewer", Roles.VIEWER, t.township().path()).get(CADRES + id).then()
                .body("idNumber", equalTo(masked)).body("phone", equalTo("138****5678"));
        as("viewer", Roles.VIEWER, t.township().path()).get(CADRES).then()
                .body("items[0].idNumber", equalTo(masked)).body("items[0].phone", equalTo("138****5678"));
        as("script", Roles.INTEGRATION, t.township().path()).get(CADRES + id).then()
                .body("idNumber", equalTo(masked));
        as("manager", Roles.ORG_MANAGER, t.township().path()).get(CADRES + id).then()
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo("13812345678"));
        asAdmin().get(CADRES + id).then().body("idNumber", equalTo(idNumber));
        as("viewer", Roles.VIEWER, t.township().path()).get(CADRES + id).then()
                .body("idNumber", not(equalTo(idNumber)));
    }
}
