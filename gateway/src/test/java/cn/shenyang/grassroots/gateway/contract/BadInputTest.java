package cn.shenyang.grassroots.gateway.contract;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.testing.BadInputContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Every write endpoint of the gateway's own API refuses every kind of bad input (see BadInputContract). */
@QuarkusTest
class BadInputTest extends BadInputContract {
    @Inject
    AgroalDataSource db;

    private String account;
    private String client;

    /** The services' own paths in the merged document are covered by each service's BadInputTest. */
    @Override
    protected boolean covers(String template) {
        return template.startsWith("/api/v1/accounts") || template.startsWith("/api/v1/integration-clients")
                || template.startsWith("/api/v1/auth");
    }

    @Override
    protected String concrete(String template) {
        if (account == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            account = asAdmin().contentType(ContentType.JSON).body(Map.of("username", "contract-" + suffix,
                    "password", "a-good-password", "roles", List.of("ADMIN")))
                    .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
            client = asAdmin().contentType(ContentType.JSON).body(Map.of("clientId", "contract-" + suffix,
                    "name", "contract", "clientSecret", "a-long-enough-client-secret", "roles", List.of("INTEGRATION")))
                    .post("/api/v1/integration-clients").then().statusCode(201).extract().path("id");
        }
        return template.startsWith("/api/v1/accounts/") ? template.replace("{id}", account)
                : template.replace("{id}", client);
    }

    /** Every request, refused or not, counts against the caller's rate limit, shared through this table. */
    @Override
    protected java.util.Set<String> requestCounters() {
        return java.util.Set.of("rate_usage");
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
