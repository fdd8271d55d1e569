package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.gateway.auth.SigningKey.Pair;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The key ring every gateway instance signs and verifies with, kept in PostgreSQL. Rotation adds a
 * key that is published in the JWKS {@link #PUBLISH_AHEAD} before it signs — longer than services
 * keep a JWKS (5 minutes) — and retires the keys it replaces once the last token they signed has
 * expired. Each instance re-reads the ring every minute and whenever a token names a key it does
 * not know, so a rotation made on one instance reaches the others.
 */
@Startup
@Singleton
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    /** The services' JWKS refresh interval (platform: smallrye.jwt.jwks.refresh-interval) plus a margin. */
    static final Duration PUBLISH_AHEAD = Duration.ofMinutes(6);

    /** A key of the ring: when it starts signing, and when it leaves the JWKS (null: not replaced yet). */
    public record Key(Pair pair, Instant signsFrom, Instant retiresAt, Instant createdAt, String createdBy) {
        public String kid() {
            return pair.kid();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SigningKey seed;

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    private static final Duration REREAD_AT_MOST = Duration.ofSeconds(1);

    private volatile List<Key> ring = List.of();
    private volatile Instant lastRead = Instant.EPOCH;

    @PostConstruct
    void start() {
        QuarkusTransaction.requiringNew().run(this::seedIfEmpty);
        reload();
    }

    /** The first start puts the configured or generated key in the ring, signing from now. */
    private void seedIfEmpty() {
        em.createNativeQuery("""
                insert into signing_key (kid, private_key, created_at, created_by, signs_from)
                select ?1, ?2, ?3, 'gateway', ?3 where not exists (select 1 from signing_key)
                on conflict do nothing""")
                .setParameter(1, seed.keyId()).setParameter(2, seed.pem())
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** Re-reads the ring: keys rotated on another instance become known here. */
    @Scheduled(every = "1m", delayed = "1m")
    void reload() {
        QuarkusTransaction.requiringNew().run(this::read);
        lastRead = clock.instant();
    }

    private void read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select private_key, cast(extract(epoch from signs_from) * 1000 as bigint),
                    cast(extract(epoch from retires_at) * 1000 as bigint),
                    cast(extract(epoch from created_at) * 1000 as bigint), created_by
                from signing_key order by signs_from""").getResultList();
        ring = rows.stream().map(r -> new Key(Pair.of((String) r[0]), instant(r[1]), instant(r[2]), instant(r[3]),
                (String) r[4])).toList();
    }

    /** The key to sign with now: the newest whose time has come. */
    public Key signing() {
        Instant now = clock.instant();
        return ring.stream().filter(k -> !k.signsFrom().isAfter(now)).max(Comparator.comparing(Key::signsFrom))
                .orElseThrow(() -> new IllegalStateException("No signing key has started signing yet"));
    }

    /** Every key a valid token may name now: the next one, the signing one, and the retiring ones. */
    public List<Key> published() {
        Instant now = clock.instant();
        return ring.stream().filter(k -> k.retiresAt() == null || k.retiresAt().isAfter(now)).toList();
    }

    public List<Map<String, String>> jwks() {
        return published().stream().map(k -> k.pair().jwk()).toList();
    }

    public List<Key> all() {
        return ring;
    }

    /**
     * A published key by its id, re-reading the ring if it is not known here yet — at most every
     * {@link #REREAD_AT_MOST}, so tokens naming made-up keys cannot make every request a query.
     */
    public Optional<Key> verifying(String kid) {
        Optional<Key> key = published().stream().filter(k -> k.kid().equals(kid)).findFirst();
        if (key.isEmpty() && kid != null && lastRead.plus(REREAD_AT_MOST).isBefore(clock.instant())) {
            reload();
            key = published().stream().filter(k -> k.kid().equals(kid)).findFirst();
        }
        return key;
    }

    /**
     * Adds a new key that signs from {@link #PUBLISH_AHEAD} on, and schedules every key it
     * replaces to leave the JWKS once the tokens they signed until then have expired.
     */
    @Transactional
    public Key rotate(String actor) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime signsFrom = now.plus(PUBLISH_AHEAD);
        // the tokens the old key signs until the new one takes over live one token lifetime more
        OffsetDateTime retiresAt = signsFrom.plus(config.tokenLifetime()).plusMinutes(1);
        em.createNativeQuery("select pg_advisory_xact_lock(7015)").getSingleResult(); // one rotation at a time
        em.createNativeQuery("update signing_key set retires_at = ?1 where retires_at is null or retires_at > ?1")
                .setParameter(1, retiresAt).executeUpdate();
        String pem = SigningKey.newPem();
        Pair pair = Pair.of(pem);
        em.createNativeQuery("""
                insert into signing_key (kid, private_key, created_at, created_by, signs_from) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, pair.kid()).setParameter(2, pem).setParameter(3, now).setParameter(4, actor)
                .setParameter(5, signsFrom).executeUpdate();
        LOG.infof("%s rotated the signing key: %s is published now and signs from %s", actor, pair.kid(), signsFrom);
        read(); // in this transaction, which sees the new key
        return ring.stream().filter(k -> k.kid().equals(pair.kid())).findFirst().orElseThrow();
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }
}
