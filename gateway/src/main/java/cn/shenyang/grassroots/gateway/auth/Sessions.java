package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.gateway.problem.OAuthException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sign-in sessions and their refresh tokens (RFC 6749 §6, with the rotation and reuse detection of
 * the OAuth 2.0 Security BCP §4.14): a password sign-in starts a session and hands out its first
 * refresh token; each use of a refresh token replaces it with a new one. Presenting a replaced
 * token again means two parties hold it, so the session ends for both. A revoked session can no
 * longer refresh at once; the access tokens it already issued live out their short lifetime.
 */
@ApplicationScoped
public class Sessions {
    private static final Logger LOG = Logger.getLogger(Sessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a session ended, as stored in {@code auth_session.revoked_why}. */
    public enum Ending {
        REVOKED, REUSE_DETECTED, ALL_REVOKED
    }

    /** A refresh token handed out, and the session it continues. */
    public record Refresh(String token, UUID sessionId, String subject) {}

    @Inject
    EntityManager em;

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    /** Starts a session for a subject that has just signed in, with its first refresh token. */
    @Transactional
    public Refresh start(String subject, String address) {
        UUID session = UUID.randomUUID();
        em.createNativeQuery("insert into auth_session (id, subject, started_at, address) values (?1, ?2, ?3, ?4)")
                .setParameter(1, session).setParameter(2, subject).setParameter(3, now()).setParameter(4, address)
                .executeUpdate();
        return new Refresh(newToken(session), session, subject);
    }

    /**
     * Uses a refresh token: marks it used and hands out its successor. An unknown, expired or
     * revoked token is {@code invalid_grant}; a token already used ends its session.
     */
    @Transactional(dontRollbackOn = OAuthException.class)
    public Refresh rotate(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.session_id, t.expires_at > ?2, t.used_at is not null, s.subject, s.revoked_at is not null
                from refresh_token t join auth_session s on s.id = t.session_id
                where t.token_hash = ?1 for update of t, s""").setParameter(1, hash(token)).setParameter(2, now())
                .getResultList();
        if (rows.isEmpty()) {
            throw OAuthException.invalidRefreshToken("The refresh token is not known");
        }
        Object[] row = rows.get(0);
        UUID session = (UUID) row[0];
        if ((Boolean) row[4]) {
            throw OAuthException.invalidRefreshToken("The session of this refresh token has ended; sign in again");
        }
        if ((Boolean) row[2]) {
            end(session, Ending.REUSE_DETECTED);
            LOG.warnf("A replaced refresh token of session %s (%s) was presented again; the session is revoked",
                    session, row[3]);
            throw OAuthException.invalidRefreshToken(
                    "The refresh token was already used, so the session has been revoked; sign in again");
        }
        if (!(Boolean) row[1]) {
            throw OAuthException.invalidRefreshToken("The refresh token has expired; sign in again");
        }
        em.createNativeQuery("update refresh_token set used_at = ?2 where token_hash = ?1")
                .setParameter(1, hash(token)).setParameter(2, now()).executeUpdate();
        return new Refresh(newToken(session), session, (String) row[3]);
    }

    /** Ends the session a refresh token belongs to; true if there was one still open. */
    @Transactional
    public boolean revokeByRefreshToken(String token) {
        return em.createNativeQuery("""
                update auth_session set revoked_at = ?2, revoked_why = ?3 where revoked_at is null
                and id = (select session_id from refresh_token where token_hash = ?1)""")
                .setParameter(1, hash(token)).setParameter(2, now()).setParameter(3, Ending.REVOKED.name())
                .executeUpdate() > 0;
    }

    /** Ends one session by id (an access token's {@code sid}), if the subject is the session's own. */
    @Transactional
    public boolean revoke(UUID session, String subject) {
        return em.createNativeQuery("""
                update auth_session set revoked_at = ?2, revoked_why = ?4
                where id = ?1 and lower(subject) = lower(?3) and revoked_at is null""")
                .setParameter(1, session).setParameter(2, now()).setParameter(3, subject)
                .setParameter(4, Ending.REVOKED.name()).executeUpdate() > 0;
    }

    /** Ends every open session of a subject: signed out everywhere. Returns how many ended. */
    @Transactional
    public int revokeAll(String subject) {
        return em.createNativeQuery("""
                update auth_session set revoked_at = ?2, revoked_why = ?3 where lower(subject) = lower(?1)
                and revoked_at is null""")
                .setParameter(1, subject).setParameter(2, now()).setParameter(3, Ending.ALL_REVOKED.name())
                .executeUpdate();
    }

    private void end(UUID session, Ending why) {
        em.createNativeQuery("update auth_session set revoked_at = ?2, revoked_why = ?3 where id = ?1 and revoked_at is null")
                .setParameter(1, session).setParameter(2, now()).setParameter(3, why.name()).executeUpdate();
    }

    private String newToken(UUID session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = now();
        em.createNativeQuery("""
                insert into refresh_token (token_hash, session_id, issued_at, expires_at) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, hash(token)).setParameter(2, session).setParameter(3, now)
                .setParameter(4, now.plus(config.refreshTokenLifetime())).executeUpdate();
        return token;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** SHA-256 in hex: 256 random bits need no salt or slow hash, and a leaked table holds no working token. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
