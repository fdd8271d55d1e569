package cn.shenyang.grassroots.platform.testing;

import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/** Access tokens as the gateway issues them, signed with the test key pair, for service tests. */
public final class TestTokens {
    private TestTokens() {}

    public static String token(String subject, String role, String orgPath) {
        JwtClaimsBuilder claims = Jwt.issuer(Claims.ISSUER).subject(subject).upn(subject).groups(Set.of(role))
                .expiresIn(600);
        if (orgPath != null) {
            claims.claim(Claims.ORG_PATH, orgPath);
        }
        return claims.sign();
    }

    /** rest-assured's given() as a whole-tree ADMIN. */
    public static RequestSpecification asAdmin() {
        return as("admin", Roles.ADMIN, null);
    }

    public static RequestSpecification as(String subject, String role, String orgPath) {
        return RestAssured.given().auth().oauth2(token(subject, role, orgPath));
    }
}
