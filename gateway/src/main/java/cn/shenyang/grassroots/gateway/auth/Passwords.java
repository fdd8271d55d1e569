package cn.shenyang.grassroots.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** bcrypt for passwords and client secrets; plain values are never stored or logged. */
@ApplicationScoped
public class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked when the user does not exist, so a wrong user name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such account");

    public String hash(String plain) {
        return BcryptUtil.bcryptHash(plain);
    }

    public boolean matches(String plain, String hash) {
        return plain != null && BcryptUtil.matches(plain, hash == null ? DUMMY_HASH : hash) && hash != null;
    }

    /** 256 random bits, URL-safe: for generated passwords and client secrets. */
    public String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
