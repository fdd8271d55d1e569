package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.testing.BadInputContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;

@QuarkusTest
class NotesBadInputTest extends BadInputContract {
    @Inject
    AgroalDataSource db;

    private String note;

    @Override
    protected String concrete(String template) {
        if (note == null) {
            note = asAdmin().contentType(ContentType.JSON).body(Map.of("text", "target")).post("/api/v1/notes")
                    .then().statusCode(201).extract().path("id");
        }
        return template.replace("{id}", note);
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
