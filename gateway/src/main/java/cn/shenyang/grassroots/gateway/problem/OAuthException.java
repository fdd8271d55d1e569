package cn.shenyang.grassroots.gateway.problem;

import cn.shenyang.grassroots.platform.problem.ProblemException;

/**
 * A refused token request. Besides the problem fields it carries the RFC 6749 {@code error} code,
 * so OAuth client libraries that look only at {@code error} understand it too.
 */
public class OAuthException extends ProblemException {
    private final String error;

    private OAuthException(int status, String type, String title, String detail, String error) {
        super(status, type, title, detail, null);
        this.error = error;
    }

    public String error() {
        return error;
    }

    /** Wrong user name, password, client id or secret, or a disabled account: never says which. */
    public static OAuthException invalidCredentials(boolean client) {
        return new OAuthException(401, "invalid-credentials", "Invalid credentials",
                client ? "The client id or secret is wrong" : "The user name or password is wrong",
                client ? "invalid_client" : "invalid_grant");
    }

    public static OAuthException unsupportedGrant(String grantType) {
        return new OAuthException(400, "unsupported-grant-type", "Unsupported grant type",
                "grant_type " + (grantType == null || grantType.isBlank() ? "is missing" : "'" + grantType
                        + "' is not supported") + "; use password, refresh_token or client_credentials",
                "unsupported_grant_type");
    }

    /** RFC 6749 §5.2: the refresh token is unknown, expired, already used or its session has ended. */
    public static OAuthException invalidRefreshToken(String detail) {
        return new OAuthException(400, "invalid-grant", "Invalid refresh token", detail, "invalid_grant");
    }

    /** RFC 7009 §2.2.1: a token_type_hint the server does not know. */
    public static OAuthException unsupportedTokenType(String hint) {
        return new OAuthException(400, "unsupported-token-type", "Unsupported token type",
                "token_type_hint '" + hint + "' is not supported; use refresh_token or access_token", "unsupported_token_type");
    }

    public static OAuthException invalidRequest(String detail) {
        return new OAuthException(400, "validation", "Invalid request", detail, "invalid_request");
    }
}
