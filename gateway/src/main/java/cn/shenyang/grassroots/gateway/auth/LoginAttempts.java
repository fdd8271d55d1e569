package cn.shenyang.grassroots.gateway.auth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins slow a guesser down without locking anyone out. Failures are counted per account
 * <em>and</em> address together, and per address alone (one address trying many accounts); past a
 * few free tries each further try waits longer ({@link Backoff}). A stranger's failures therefore
 * never delay the owner signing in from their own address, and a success clears that pair.
 *
 * <p>The counts live in PostgreSQL, not in one gateway's memory, so that two gateway instances do
 * not each allow the full number of tries: at this scale a sign-in is a few statements anyway, the
 * counters are one row per guessing pair, and the database is already what every instance shares.
 */
@ApplicationScoped
public class LoginAttempts {
    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** How long this address must wait before trying this account again; empty if it may try now. */
    @Transactional
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration pair = wait(pairKey(account, address), config.freeFailuresPerAccount(), now);
        Duration alone = wait(addressKey(address), config.freeFailuresPerAddress(), now);
        Duration longest = pair.compareTo(alone) >= 0 ? pair : alone;
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failure against the pair and the address; a count older than the window starts again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String account, String address) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime windowStart = now.minus(config.failureWindow());
        for (String key : List.of(pairKey(account, address), addressKey(address))) {
            em.createNativeQuery("""
                    insert into login_failure (key, failures, first_at, last_at) values (?1, 1, ?2, ?2)
                    on conflict (key) do update set
                        failures = case when login_failure.last_at < ?3 then 1 else login_failure.failures + 1 end,
                        first_at = case when login_failure.last_at < ?3 then ?2 else login_failure.first_at end,
                        last_at = ?2""")
                    .setParameter(1, key).setParameter(2, now).setParameter(3, windowStart).executeUpdate();
        }
    }

    /** A successful sign-in clears its own pair; the address alone keeps its count. */
    @Transactional
    public void succeeded(String account, String address) {
        em.createNativeQuery("delete from login_failure where key = ?1").setParameter(1, pairKey(account, address))
                .executeUpdate();
    }

    private Duration wait(String key, int free, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select failures, cast(extract(epoch from last_at) * 1000 as bigint) from login_failure where key = ?1")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Duration.ZERO;
        }
        int failures = ((Number) rows.get(0)[0]).intValue();
        Instant last = Instant.ofEpochMilli(((Number) rows.get(0)[1]).longValue());
        if (last.isBefore(now.minus(config.failureWindow()))) {
            return Duration.ZERO;
        }
        return Duration.between(now, last.plus(Backoff.after(failures, free, config.maxBackoff())));
    }

    private static String pairKey(String account, String address) {
        return "account:" + account.toLowerCase() + "|address:" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Forgets counts whose last failure has left the window, so the table stays small. */
    @Scheduled(every = "5m", delayed = "5m")
    @Transactional
    void purge() {
        em.createNativeQuery("delete from login_failure where last_at < ?1")
                .setParameter(1, clock.instant().minus(config.failureWindow()).atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** The wait after a number of failures: none for the free ones, then 1 s doubling up to a ceiling. */
    public static final class Backoff {
        private Backoff() {}

        public static Duration after(int failures, int free, Duration ceiling) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(ceiling) > 0 ? ceiling : wait;
        }
    }
}
